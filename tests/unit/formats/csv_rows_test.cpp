#include "formats/csv_rows.h"

#include <gtest/gtest.h>

using claims::CsvRows;
using claims::Issues;

namespace {
CsvRows::Next drain(CsvRows& rows, Issues& issues, std::size_t& count) {
  for (;;) {
    const CsvRows::Next n = rows.next(issues);
    if (n != CsvRows::Next::row) return n;
    ++count;
  }
}
}  // namespace

TEST(CsvRows, AMillionRowsAreFineOneMoreIsTooLarge) {
  std::string csv = "Conversion ID,Action\n";
  csv.reserve(csv.size() + 2 * 1000001 + 4);
  for (int i = 0; i < 1000000; ++i) csv += ",\n";
  csv += "\n\n";  // blank lines are not rows
  {
    Issues issues;
    CsvRows rows(csv, {{"Conversion ID", true}, {"Action", true}});
    ASSERT_TRUE(rows.read_header(issues));
    std::size_t count = 0;
    EXPECT_EQ(drain(rows, issues, count), CsvRows::Next::end);
    EXPECT_EQ(count, 1000000u);
  }
  csv += "x,y\n";
  Issues issues;
  CsvRows rows(csv, {{"Conversion ID", true}, {"Action", true}});
  ASSERT_TRUE(rows.read_header(issues));
  std::size_t count = 0;
  EXPECT_EQ(drain(rows, issues, count), CsvRows::Next::too_large);
  EXPECT_EQ(count, 1000000u);
}

TEST(CsvRows, MalformedRowsCountTowardsTheLimitAndAreReported) {
  Issues issues;
  CsvRows rows("a,b\n1\n2,3\n", {{"a", true}, {"b", false}, {"c", false}});
  ASSERT_TRUE(rows.read_header(issues));
  ASSERT_EQ(rows.next(issues), CsvRows::Next::row);
  EXPECT_EQ(rows.line(), 3u);
  EXPECT_EQ(rows.cell(0), "2");
  EXPECT_EQ(rows.cell(1), "3");
  EXPECT_FALSE(rows.has(2));
  EXPECT_EQ(rows.cell(2), "");
  EXPECT_EQ(rows.cell_path(1).str(), "/rows/3/b");
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues.list()[0].path, "/rows/2");
}

TEST(CsvRows, AHeaderWithoutDataRowsSaysSo) {
  // Spec section 8: a file that yields no data rows is csv.empty (warning, path "").
  for (const char* csv : {"a,b\n", "a,b", "a,b\r\n\r\n\n", "a,b\r\r"}) {
    Issues issues;
    CsvRows rows(csv, {{"a", true}, {"b", true}});
    ASSERT_TRUE(rows.read_header(issues)) << csv;
    std::size_t count = 0;
    EXPECT_EQ(drain(rows, issues, count), CsvRows::Next::end);
    EXPECT_EQ(count, 0u);
    ASSERT_EQ(issues.size(), 1u) << csv;
    EXPECT_EQ(issues.list()[0].code, "csv.empty");
    EXPECT_EQ(issues.list()[0].severity, claims::Severity::warning);
    EXPECT_EQ(issues.list()[0].path, "");
    EXPECT_EQ(issues.list()[0].message,
              "The file has a header line but no data rows; nothing was imported.");
  }
}

TEST(CsvRows, AnEmptyFileSaysSoBeforeItsMissingColumns) {
  for (const char* csv : {"", "\r\n", "\xEF\xBB\xBF"}) {
    Issues issues;
    CsvRows rows(csv, {{"a", true}, {"b", false}});
    EXPECT_FALSE(rows.read_header(issues));
    ASSERT_EQ(issues.size(), 2u);
    EXPECT_EQ(issues.list()[0].code, "csv.empty");
    EXPECT_EQ(issues.list()[0].path, "");
    EXPECT_EQ(issues.list()[0].message,
              "The file is empty: it has no header line and no data rows.");
    EXPECT_EQ(issues.list()[1].code, "csv.missing_column");
  }
}

TEST(CsvRows, MalformedRowsAreRowsSoNoCsvEmpty) {
  Issues issues;
  CsvRows rows("a,b\n1\n", {{"a", true}, {"b", true}});
  ASSERT_TRUE(rows.read_header(issues));
  std::size_t count = 0;
  EXPECT_EQ(drain(rows, issues, count), CsvRows::Next::end);
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues.list()[0].code, "csv.row_shape");
}

TEST(CsvRows, CrOnlyFileYieldsItsRows) {
  Issues issues;
  CsvRows rows("a,b\r1,2\r3,4\r", {{"a", true}, {"b", true}});
  ASSERT_TRUE(rows.read_header(issues));
  std::size_t count = 0;
  EXPECT_EQ(drain(rows, issues, count), CsvRows::Next::end);
  EXPECT_EQ(count, 2u);
  EXPECT_TRUE(issues.empty());
}
