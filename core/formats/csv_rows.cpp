#include "formats/csv_rows.h"

#include <string>

namespace claims {

CsvRows::CsvRows(std::string_view text, std::vector<CsvColumn> columns)
    : reader_(text), columns_(std::move(columns)), index_(columns_.size(), std::string_view::npos) {}

bool CsvRows::read_header(Issues& issues) {
  const CsvStatus s = reader_.next(record_);
  if (s == CsvStatus::unterminated_quote) {
    issues.error("csv.unterminated_quote", Path("/rows") / record_.line,
                 "The header on line " + std::to_string(record_.line) +
                     " opens a quote that is never closed.");
    return false;
  }
  std::size_t header_line = 1;
  if (s == CsvStatus::end) {
    issues.warning("csv.empty", Path(),
                   "The file is empty: it has no header line and no data rows.");
  } else {
    header_line = record_.line;
    width_ = record_.fields.size();
    std::vector<std::string_view> names;
    names.reserve(columns_.size());
    for (const auto& c : columns_) names.push_back(c.name);
    index_ = map_columns(record_.fields, names);
  }
  bool ok = true;
  for (std::size_t k = 0; k < columns_.size(); ++k) {
    if (columns_[k].required && index_[k] == std::string_view::npos) {
      issues.error("csv.missing_column", Path("/rows") / header_line / columns_[k].name,
                   "The file has no column \"" + std::string(columns_[k].name) +
                       "\", which is required; nothing was imported.");
      ok = false;
    }
  }
  return ok;
}

CsvRows::Next CsvRows::next(Issues& issues) {
  for (;;) {
    const CsvStatus s = reader_.next(record_);
    if (s == CsvStatus::end) {
      // Spec section 8: a file that yields no data rows says so (rows with the wrong
      // shape count as rows here: they already have their own issue).
      if (rows_ == 0) {
        issues.warning("csv.empty", Path(),
                       "The file has a header line but no data rows; nothing was imported.");
      }
      return Next::end;
    }
    if (++rows_ > kMaxCsvRows) return Next::too_large;
    if (s == CsvStatus::unterminated_quote) {
      issues.error("csv.unterminated_quote", row_path(),
                   "The row starting on line " + std::to_string(record_.line) +
                       " opens a quote that is never closed before the end of the file.");
      return Next::end;
    }
    if (record_.text_after_quote) {
      issues.error("csv.row_shape", row_path(),
                   "The row on line " + std::to_string(record_.line) +
                       " has text after a closing quote; a quoted field must end at a "
                       "delimiter or the end of the line.");
      continue;
    }
    if (record_.fields.size() != width_) {
      issues.error("csv.row_shape", row_path(),
                   "The row on line " + std::to_string(record_.line) + " has " +
                       std::to_string(record_.fields.size()) + " fields; the header has " +
                       std::to_string(width_) + ".");
      continue;
    }
    return Next::row;
  }
}

}  // namespace claims
