#include "formats/csv_writer.h"

#include <gtest/gtest.h>

#include "formats/csv_reader.h"

using claims::CsvWriter;

TEST(CsvWriter, CrlfAndQuotingOnlyWhenNeeded) {
  CsvWriter w(';');
  w.text("plain");
  w.text("a;b");
  w.text("say \"hi\"");
  w.text("two\nlines");
  w.text("cr\rhere");
  w.text("a,b");  // the comma is not the delimiter: no quotes
  w.end_row();
  EXPECT_EQ(w.str(),
            "plain;\"a;b\";\"say \"\"hi\"\"\";\"two\nlines\";\"cr\rhere\";a,b\r\n");
}

TEST(CsvWriter, CommaDelimiterQuotesCommas) {
  CsvWriter w(',');
  w.text("a,b");
  w.text("a;b");
  w.end_row();
  EXPECT_EQ(w.str(), "\"a,b\",a;b\r\n");
}

TEST(CsvWriter, FormulaGuardOnTextCells) {
  CsvWriter w(';');
  w.text("=SUM(A1)");
  w.text("+1");
  w.text("-x");
  w.text("@cmd");
  w.text("\tx");
  w.text("\rx");
  w.text("a=b");
  w.end_row();
  EXPECT_EQ(w.str(), "'=SUM(A1);'+1;'-x;'@cmd;'\tx;\"'\rx\";a=b\r\n");
}

TEST(CsvWriter, MoneyCellsAreNeverGuarded) {
  CsvWriter w(';');
  w.plain("-10.00");
  w.empty();
  w.plain("2026-01-01");
  w.end_row();
  EXPECT_EQ(w.str(), "-10.00;;2026-01-01\r\n");
}

TEST(CsvWriter, ByteOrderMark) {
  CsvWriter w(';');
  w.byte_order_mark();
  w.text("x");
  w.end_row();
  EXPECT_EQ(w.str(), "\xEF\xBB\xBFx\r\n");
}

TEST(CsvGuard, ImportRemovesExactlyTheGuard) {
  using claims::strip_formula_guard;
  EXPECT_EQ(strip_formula_guard("'=SUM(A1)"), "=SUM(A1)");
  EXPECT_EQ(strip_formula_guard("'-5"), "-5");
  EXPECT_EQ(strip_formula_guard("'\tx"), "\tx");
  // An apostrophe that is not a guard stays.
  EXPECT_EQ(strip_formula_guard("'quoted'"), "'quoted'");
  EXPECT_EQ(strip_formula_guard("'"), "'");
  EXPECT_EQ(strip_formula_guard("=x"), "=x");
  // Text that itself starts with ' and a formula character survives the round trip.
  EXPECT_TRUE(claims::needs_formula_guard("'=x"));
  EXPECT_EQ(strip_formula_guard("''=x"), "'=x");
  EXPECT_FALSE(claims::needs_formula_guard("'x"));
}

TEST(CsvWriter, WhatIsWrittenReadsBack) {
  const std::vector<std::string> cells = {"=1+1", "a;b", "\"q\"", "l1\r\nl2", "'=x", "Zoë 😀",
                                          " padded ", "-", "'"};
  CsvWriter w(';');
  for (std::size_t i = 0; i < cells.size(); ++i) w.text("h");
  w.end_row();
  for (const auto& c : cells) w.text(c);
  w.end_row();
  claims::CsvReader r(w.str());
  claims::CsvRecord rec;
  ASSERT_EQ(r.next(rec), claims::CsvStatus::record);
  ASSERT_EQ(r.next(rec), claims::CsvStatus::record);
  ASSERT_EQ(rec.fields.size(), cells.size());
  for (std::size_t i = 0; i < cells.size(); ++i)
    EXPECT_EQ(claims::strip_formula_guard(rec.fields[i]), cells[i]) << i;
  EXPECT_EQ(r.next(rec), claims::CsvStatus::end);
}
