// Writing batch files (spec section 8): CRLF rows, a field quoted only when it holds the
// delimiter, a quote, CR or LF, and the spreadsheet formula-injection guard on text cells.
#pragma once
#include <string>
#include <string_view>

namespace claims {

// The guard: a text cell that begins with = + - @ tab or CR is written with a leading '.
// A text that already begins with one or more ' and then one of those characters is
// guarded too, so that strip_formula_guard() can undo exactly one ' and every text comes
// back unchanged ("'=x" is written "''=x").
bool needs_formula_guard(std::string_view text);
// Import side: removes the one leading ' that needs_formula_guard() added.
std::string_view strip_formula_guard(std::string_view cell);

class CsvWriter {
 public:
  explicit CsvWriter(char delimiter) : delimiter_(delimiter) {}

  // The UTF-8 byte-order mark, for spreadsheet programs; call before the first cell.
  void byte_order_mark();
  // A text cell: guarded against formula injection, then quoted when needed.
  void text(std::string_view value);
  // A money, date or count cell: never guarded (a negative amount stays "-10.00").
  void plain(std::string_view value);
  void empty() { plain({}); }
  // Ends the row with CRLF.
  void end_row();

  std::string& str() { return out_; }
  void reserve(std::size_t bytes) { out_.reserve(bytes); }

 private:
  void separate();
  void field(std::string_view prefix, std::string_view value);

  char delimiter_;
  bool row_started_ = false;
  std::string out_;
};

}  // namespace claims
