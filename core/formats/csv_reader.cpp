#include "formats/csv_reader.h"

#include <algorithm>
#include <cstring>

#include "base/text.h"

namespace claims {

namespace {
constexpr std::string_view kBom = "\xEF\xBB\xBF";

std::string_view strip_bom(std::string_view text) {
  if (text.substr(0, kBom.size()) == kBom) text.remove_prefix(kBom.size());
  return text;
}

// The length of the line end at p (LF, CRLF or a lone CR, spec section 8), 0 when p is
// not at one.
std::size_t line_end_at(const char* p, const char* end) {
  if (p == end) return 0;
  if (*p == '\n') return 1;
  if (*p == '\r') return (p + 1 < end && p[1] == '\n') ? 2 : 1;
  return 0;
}

}  // namespace

std::size_t count_lines(std::string_view text) {
  // memchr from line end to line end (a byte-at-a-time loop was 4 % of an import): LF and
  // CRLF files have as many lines as LFs, lone-CR files as many as CRs.
  const auto count = [&](char end) {
    std::size_t n = 0;
    const char* p = text.data();
    const char* const stop = p + text.size();
    while (p < stop && (p = static_cast<const char*>(std::memchr(p, end, stop - p)))) {
      ++n;
      ++p;
    }
    return n;
  };
  const std::size_t lf = count('\n');
  return 1 + (lf ? lf : count('\r'));
}

char detect_delimiter(std::string_view text) {
  // Blank lines before the header are skipped, as next() skips them.
  std::size_t i = 0;
  while (i < text.size() && (text[i] == '\n' || text[i] == '\r')) ++i;
  // Only the first field of the line can open a quote before a delimiter is found.
  if (i < text.size() && text[i] == '"') {
    for (++i; i < text.size(); ++i) {
      if (text[i] != '"') continue;
      if (i + 1 < text.size() && text[i + 1] == '"') ++i;
      else break;
    }
    if (i < text.size()) ++i;
  }
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (c == ',' || c == ';') return c;
    if (c == '\n' || c == '\r') break;
  }
  return ',';
}

bool header_matches(std::string_view cell, std::string_view name) {
  return equal_ignoring_case(trim_blanks(cell), name);
}

std::vector<std::size_t> map_columns(const std::vector<std::string_view>& header,
                                     const std::vector<std::string_view>& names) {
  std::vector<std::size_t> out(names.size(), std::string_view::npos);
  for (std::size_t n = 0; n < names.size(); ++n) {
    for (std::size_t h = 0; h < header.size(); ++h) {
      if (header_matches(header[h], names[n])) {
        out[n] = h;
        break;
      }
    }
  }
  return out;
}

CsvReader::CsvReader(std::string_view text) : text_(strip_bom(text)) {
  delimiter_ = detect_delimiter(text_);
}

CsvStatus CsvReader::next(CsvRecord& record) {
  record.fields.clear();
  record.text_after_quote = false;
  scratch_.clear();
  escaped_.clear();

  const char* const begin = text_.data();
  const char* const end = begin + text_.size();
  const char* p = begin + pos_;
  const char delim = delimiter_;

  // Blank lines are skipped but keep the line count.
  for (;;) {
    if (p == end) {
      pos_ = text_.size();
      return CsvStatus::end;
    }
    const std::size_t eol = line_end_at(p, end);
    if (eol == 0) break;
    p += eol;
    ++line_;
  }
  record.line = line_;

  for (;;) {
    // One field per iteration; p is at its first character.
    if (p < end && *p == '"') {
      const char* q = p + 1;
      const char* content = q;
      bool has_escape = false;
      std::size_t scratch_start = 0;
      for (;;) {
        // Find the next quote, counting line ends on the way (a CRLF once).
        while (q < end && *q != '"') {
          if (*q == '\n' || (*q == '\r' && !(q + 1 < end && q[1] == '\n'))) ++line_;
          ++q;
        }
        if (q == end) {
          pos_ = text_.size();
          record.fields.clear();
          return CsvStatus::unterminated_quote;
        }
        if (q + 1 < end && q[1] == '"') {
          if (!has_escape) {
            has_escape = true;
            scratch_start = scratch_.size();
          }
          scratch_.append(content, std::size_t(q + 1 - content));  // keeps one quote
          q += 2;
          content = q;
          continue;
        }
        break;  // closing quote at q
      }
      if (has_escape) {
        scratch_.append(content, std::size_t(q - content));
        escaped_.push_back(
            {record.fields.size(), scratch_start, scratch_.size() - scratch_start});
        record.fields.emplace_back();
      } else {
        record.fields.emplace_back(content, std::size_t(q - content));
      }
      p = q + 1;
      // After the closing quote only a delimiter or a line end may follow.
      if (p < end && *p != delim && *p != '\n' && *p != '\r') {
        record.text_after_quote = true;
        while (p < end && *p != delim && *p != '\n' && *p != '\r') ++p;
      }
    } else {
      // LF, CRLF and a lone CR all end the line, so the field ends at either byte.
      const char* q = p;
      while (q < end && *q != delim && *q != '\n' && *q != '\r') ++q;
      record.fields.emplace_back(p, std::size_t(q - p));
      p = q;
    }

    if (p == end) break;
    if (*p == delim) {
      ++p;
      continue;
    }
    p += line_end_at(p, end);
    ++line_;
    break;
  }
  pos_ = std::size_t(p - begin);
  // The scratch buffer is final now, so views into it stay valid until the next call.
  for (const auto& e : escaped_)
    record.fields[e.field] = std::string_view(scratch_.data() + e.offset, e.length);
  return CsvStatus::record;
}

}  // namespace claims
