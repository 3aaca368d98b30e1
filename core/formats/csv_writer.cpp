#include "formats/csv_writer.h"

namespace claims {

namespace {
bool is_formula_start(char c) {
  return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}
}  // namespace

bool needs_formula_guard(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && text[i] == '\'') ++i;
  return i < text.size() && is_formula_start(text[i]);
}

std::string_view strip_formula_guard(std::string_view cell) {
  if (!cell.empty() && cell[0] == '\'' && needs_formula_guard(cell)) cell.remove_prefix(1);
  return cell;
}

void CsvWriter::byte_order_mark() { out_ += "\xEF\xBB\xBF"; }

void CsvWriter::separate() {
  if (row_started_) out_ += delimiter_;
  row_started_ = true;
}

void CsvWriter::field(std::string_view prefix, std::string_view value) {
  separate();
  bool quote = false;
  for (char c : value) {
    if (c == delimiter_ || c == '"' || c == '\r' || c == '\n') {
      quote = true;
      break;
    }
  }
  if (!quote) {
    out_ += prefix;
    out_ += value;
    return;
  }
  out_ += '"';
  out_ += prefix;
  for (char c : value) {
    if (c == '"') out_ += '"';
    out_ += c;
  }
  out_ += '"';
}

void CsvWriter::text(std::string_view value) {
  field(needs_formula_guard(value) ? "'" : "", value);
}

void CsvWriter::plain(std::string_view value) { field("", value); }

void CsvWriter::end_row() {
  out_ += "\r\n";
  row_started_ = false;
}

}  // namespace claims
