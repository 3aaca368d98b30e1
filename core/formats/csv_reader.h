// Streaming RFC 4180 reader for batch files (spec section 8). It walks the caller's text
// in place, one record per next() call, so a million-row file costs no second copy: field
// views point into the text, except fields with "" escapes, which are unescaped into a
// small buffer the reader reuses.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace claims {

// At most this many data rows (header excluded) per file; more is request.too_large.
constexpr std::size_t kMaxCsvRows = 1000000;

struct CsvRecord {
  // 1-based physical line on which the record starts (the header is line 1 when the file
  // does not start with blank lines).
  std::size_t line = 0;
  // Valid until the next call to CsvReader::next(). An empty field is an empty view.
  std::vector<std::string_view> fields;
  // A closing quote followed by something other than a delimiter or a line end
  // (`"ab"c`): the record is malformed, the caller reports it as csv.row_shape.
  bool text_after_quote = false;
};

enum class CsvStatus { record, end, unterminated_quote };

class CsvReader {
 public:
  // Skips a UTF-8 byte-order mark and detects the delimiter from the header line.
  explicit CsvReader(std::string_view text);

  char delimiter() const { return delimiter_; }

  // Reads the next non-blank record into `record`. At a quote left open until the end of
  // the text, returns unterminated_quote with `record.line` set to where that record
  // starts; every later call returns end.
  CsvStatus next(CsvRecord& record);

  // Bytes of the text read so far (for progress reports).
  std::size_t position() const { return pos_; }

 private:
  struct Escaped {
    std::size_t field;
    std::size_t offset;
    std::size_t length;
  };

  std::string_view text_;
  std::size_t pos_ = 0;
  std::size_t line_ = 1;
  char delimiter_ = ',';
  std::string scratch_;            // unescaped "" fields of the current record
  std::vector<Escaped> escaped_;   // which fields live in scratch_
};

// Physical lines of a text (LF, CRLF and a lone CR each end one), exactly for a file that
// keeps to one kind of line end, fewer for one that mixes them: a hint of a file's rows,
// for sizing only.
std::size_t count_lines(std::string_view text);

// The delimiter of a file: the first `,` or `;` of the header line outside quotes,
// comma when there is none. `text` starts after the byte-order mark.
char detect_delimiter(std::string_view text);

// A header cell matches a column name case-insensitively (ASCII), ignoring surrounding
// spaces and tabs.
bool header_matches(std::string_view cell, std::string_view name);

// For each name, the index of the first header cell matching it, or npos.
std::vector<std::size_t> map_columns(const std::vector<std::string_view>& header,
                                     const std::vector<std::string_view>& names);

}  // namespace claims
