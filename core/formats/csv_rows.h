// The part of every CSV import that is the same for all files (spec section 8): header
// mapping, csv.missing_column, csv.row_shape, csv.unterminated_quote and the row limit.
// An import asks for its columns by the names the spec writes and gets each data row's
// cells by column index.
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

#include "base/issues.h"
#include "base/path.h"
#include "formats/csv_reader.h"

namespace claims {

struct CsvColumn {
  std::string_view name;  // as the spec writes it; also the last segment of issue paths
  bool required;
};

class CsvRows {
 public:
  CsvRows(std::string_view text, std::vector<CsvColumn> columns);

  // Reads the header. Each required column that is missing is a csv.missing_column error
  // (in the order of `columns`), after a csv.empty warning when the file has no line at
  // all; a header whose quote never closes is csv.unterminated_quote. false means nothing
  // may be imported.
  bool read_header(Issues& issues);

  enum class Next { row, end, too_large };
  // Moves to the next well-formed data row. Rows with the wrong number of fields (or
  // text after a closing quote) are csv.row_shape and skipped; a quote left open is
  // csv.unterminated_quote and ends the file. too_large: more than kMaxCsvRows rows. At
  // the end of a file with no data row at all, a csv.empty warning (path "").
  Next next(Issues& issues);

  // Line on which the current row starts, and paths into it.
  std::size_t line() const { return record_.line; }
  Path row_path() const { return Path("/rows") / record_.line; }
  Path cell_path(std::size_t column) const { return row_path() / columns_[column].name; }
  std::string_view column_name(std::size_t column) const { return columns_[column].name; }
  // Whether the file has the column at all.
  bool has(std::size_t column) const { return index_[column] != std::string_view::npos; }
  // The cell of the current row; empty when the file has no such column.
  std::string_view cell(std::size_t column) const {
    const std::size_t i = index_[column];
    return i == std::string_view::npos ? std::string_view() : record_.fields[i];
  }
  char delimiter() const { return reader_.delimiter(); }
  // Bytes of the text read so far (for progress reports).
  std::size_t position() const { return reader_.position(); }

 private:
  CsvReader reader_;
  std::vector<CsvColumn> columns_;
  std::vector<std::size_t> index_;
  std::size_t width_ = 0;  // number of header fields
  std::size_t rows_ = 0;
  CsvRecord record_;
};

}  // namespace claims
