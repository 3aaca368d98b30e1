// The spreadsheet round trip's cells (spec section 8): what a `;` file and a `,` file read
// as money and dates, and how money is written in each.
#include "formats/spreadsheet_cells.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>

using claims::money_cell_text;
using claims::read_date_cell;
using claims::read_money_cell;

namespace {
// The cell read, or "(none)" when it does not read.
std::string money(std::string_view cell, char delimiter) {
  std::string scratch;
  const auto v = read_money_cell(cell, delimiter, scratch);
  return v ? std::string(*v) : "(none)";
}
std::string date(std::string_view cell, char delimiter) {
  std::string scratch;
  const auto v = read_date_cell(cell, delimiter, scratch);
  return v ? std::string(*v) : "(none)";
}
}  // namespace

TEST(SpreadsheetCells, SemicolonMoneyTakesACommaOrADotAndGivesADot) {
  EXPECT_EQ(money("2,75", ';'), "2.75");
  EXPECT_EQ(money("2.75", ';'), "2.75");
  EXPECT_EQ(money("2,5", ';'), "2.5");  // decimals as written
  EXPECT_EQ(money("-10,00", ';'), "-10.00");
  EXPECT_EQ(money("0,125", ';'), "0.125");
  EXPECT_EQ(money("1500", ';'), "1500");
  EXPECT_EQ(money("0", ';'), "0");
}

TEST(SpreadsheetCells, SemicolonMoneyMalformed) {
  for (const char* bad : {"1.234,50", ",5", "2,", "2.", "1 234,50", "\xE2\x82\xAC" "2,75",
                          "2,75 \xE2\x82\xAC", "012,5", "2,7,5", "-", "", "+2,75", "2;75",
                          "1,234.50"})
    EXPECT_EQ(money(bad, ';'), "(none)") << bad;
}

TEST(SpreadsheetCells, CommaFileMoneyIsSectionTwoOnly) {
  EXPECT_EQ(money("2.75", ','), "2.75");
  EXPECT_EQ(money("2,75", ','), "(none)");
  EXPECT_EQ(money("6", ','), "6");
}

TEST(SpreadsheetCells, SemicolonDatesDayFirstOrIso) {
  EXPECT_EQ(date("2026-09-15", ';'), "2026-09-15");
  EXPECT_EQ(date("15/09/2026", ';'), "2026-09-15");
  EXPECT_EQ(date("15.09.2026", ';'), "2026-09-15");
  EXPECT_EQ(date("29/02/2028", ';'), "2028-02-29");
}

TEST(SpreadsheetCells, SemicolonDatesMalformed) {
  for (const char* bad : {"5/9/2026", "05/9/2026", "5/09/2026", "15/09.2026", "15-09-2026",
                          "31/02/2026", "15/13/2026", "15/09/1969", "15/09/2200", "2026/09/15",
                          "15/09/26", "1a/09/2026", "09/15/2026x", ""})
    EXPECT_EQ(date(bad, ';'), "(none)") << bad;
}

TEST(SpreadsheetCells, CommaFileDatesAreIsoOnly) {
  EXPECT_EQ(date("2026-09-15", ','), "2026-09-15");
  EXPECT_EQ(date("15/09/2026", ','), "(none)");
  EXPECT_EQ(date("15.09.2026", ','), "(none)");
}

TEST(SpreadsheetCells, MoneyWrittenWithADecimalCommaInSemicolonFiles) {
  EXPECT_EQ(money_cell_text("6.50", ';'), "6,50");
  EXPECT_EQ(money_cell_text("-0.125", ';'), "-0,125");
  EXPECT_EQ(money_cell_text("1500", ';'), "1500");
  EXPECT_EQ(money_cell_text("6.50", ','), "6.50");
}

TEST(SpreadsheetCells, WrittenMoneyReadsBackInBothFiles) {
  for (char delimiter : {';', ','})
    for (const char* canonical : {"6.50", "-0.125", "1500", "0.00"})
      EXPECT_EQ(money(money_cell_text(canonical, delimiter), delimiter), canonical);
}
