// The spreadsheet round trip of batch files (spec section 8): in a file whose delimiter is
// `;` (what spreadsheet programs of comma-decimal locales read and write) money cells are
// written with a decimal comma, and read with a comma or a dot; date cells are written
// YYYY-MM-DD and read as YYYY-MM-DD, DD/MM/YYYY or DD.MM.YYYY. A comma-delimited file
// keeps section 2's forms only. Whatever the file, what is read comes out in section 2's
// form (a dot, the decimals as written; YYYY-MM-DD), so the rest of the core sees one form.
// No currency here: the currency's decimals are the caller's business.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace claims {

// A money cell of a file with `delimiter` in section 2's form ("2,75" in a `;` file is
// "2.75"), or nullopt when the cell does not read as money in that file (`1.234,50`,
// `,5`, `2,`, a currency sign, a comma in a `,` file). The view is the cell itself or
// `scratch`, which it may overwrite.
std::optional<std::string_view> read_money_cell(std::string_view cell, char delimiter,
                                                std::string& scratch);

// A date cell of a file with `delimiter` as YYYY-MM-DD, or nullopt when it is not an
// existing date in one of the file's forms (day first, two-digit day and month: "5/9/2026"
// does not read). Same view rule as read_money_cell.
std::optional<std::string_view> read_date_cell(std::string_view cell, char delimiter,
                                               std::string& scratch);

// A canonical money string ("6.50", "-0.125", "1500") as the cell of a file with
// `delimiter`: "6,50" in a `;` file, unchanged in a `,` file.
std::string money_cell_text(std::string_view canonical, char delimiter);

// What a file's cells read, in words for messages: money ("digits with an optional decimal
// comma or dot, ...") and dates (date_rule(), with the day-first forms in a `;` file).
std::string money_cell_rule(char delimiter);
std::string date_cell_rule(char delimiter);

}  // namespace claims
