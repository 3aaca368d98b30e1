#include "formats/spreadsheet_cells.h"

#include "values/calendar.h"

namespace claims {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// -?(0|[1-9][0-9]*)([<seps>][0-9]+)? ; the position of the separator, npos when none.
// false when the text does not match.
bool match_amount(std::string_view s, bool comma_too, std::size_t& separator) {
  separator = std::string_view::npos;
  std::size_t i = 0;
  if (i < s.size() && s[i] == '-') ++i;
  if (i == s.size() || !is_digit(s[i])) return false;
  if (s[i] == '0') {
    ++i;
  } else {
    while (i < s.size() && is_digit(s[i])) ++i;
  }
  if (i == s.size()) return true;
  if (s[i] != '.' && !(comma_too && s[i] == ',')) return false;
  separator = i++;
  if (i == s.size()) return false;
  while (i < s.size() && is_digit(s[i])) ++i;
  return i == s.size();
}

bool all_digits(std::string_view s) {
  for (char c : s)
    if (!is_digit(c)) return false;
  return true;
}

}  // namespace

std::optional<std::string_view> read_money_cell(std::string_view cell, char delimiter,
                                                std::string& scratch) {
  std::size_t separator = 0;
  if (!match_amount(cell, delimiter == ';', separator)) return std::nullopt;
  if (separator == std::string_view::npos || cell[separator] == '.') return cell;
  scratch.assign(cell.data(), cell.size());
  scratch[separator] = '.';
  return std::string_view(scratch);
}

std::optional<std::string_view> read_date_cell(std::string_view cell, char delimiter,
                                               std::string& scratch) {
  if (parse_date(cell)) return cell;
  if (delimiter != ';' || cell.size() != 10) return std::nullopt;
  // DD/MM/YYYY or DD.MM.YYYY: one separator twice.
  const char sep = cell[2];
  if ((sep != '/' && sep != '.') || cell[5] != sep) return std::nullopt;
  const std::string_view day = cell.substr(0, 2), month = cell.substr(3, 2),
                         year = cell.substr(6, 4);
  if (!all_digits(day) || !all_digits(month) || !all_digits(year)) return std::nullopt;
  scratch.assign(year.data(), year.size());
  scratch += '-';
  scratch.append(month.data(), month.size());
  scratch += '-';
  scratch.append(day.data(), day.size());
  if (!parse_date(scratch)) return std::nullopt;
  return std::string_view(scratch);
}

std::string money_cell_text(std::string_view canonical, char delimiter) {
  std::string out(canonical);
  if (delimiter == ';') {
    const std::size_t dot = out.find('.');
    if (dot != std::string::npos) out[dot] = ',';
  }
  return out;
}

std::string money_cell_rule(char delimiter) {
  return delimiter == ';'
             ? "digits with an optional decimal comma or dot, no thousands separator, e.g. "
               "\"12,50\""
             : "digits with an optional dot, e.g. \"12.50\"";
}

std::string date_cell_rule(char delimiter) {
  if (delimiter != ';') return date_rule();
  return "YYYY-MM-DD, DD/MM/YYYY or DD.MM.YYYY with a two-digit day and month, an existing "
         "day, years " + std::to_string(kMinYear) + "-" + std::to_string(kMaxYear);
}

}  // namespace claims
