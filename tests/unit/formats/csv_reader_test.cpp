// Every quirk of spec section 8 on the reading side, each with a concrete file text.
#include "formats/csv_reader.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using claims::CsvReader;
using claims::CsvRecord;
using claims::CsvStatus;

namespace {

struct Row {
  std::size_t line;
  std::vector<std::string> fields;
  bool text_after_quote;
};

struct ReadAll {
  std::vector<Row> rows;
  bool unterminated = false;
  std::size_t unterminated_line = 0;
  char delimiter = 0;
};

ReadAll read_all(std::string_view text) {
  ReadAll out;
  CsvReader reader(text);
  out.delimiter = reader.delimiter();
  CsvRecord rec;
  for (;;) {
    CsvStatus s = reader.next(rec);
    if (s == CsvStatus::end) break;
    if (s == CsvStatus::unterminated_quote) {
      out.unterminated = true;
      out.unterminated_line = rec.line;
      EXPECT_EQ(reader.next(rec), CsvStatus::end);
      break;
    }
    out.rows.push_back({rec.line, {rec.fields.begin(), rec.fields.end()}, rec.text_after_quote});
  }
  return out;
}

using Fields = std::vector<std::string>;

}  // namespace

TEST(CsvReader, CommaAndLfLines) {
  auto r = read_all("a,b\n1,2\n3,4\n");
  EXPECT_EQ(r.delimiter, ',');
  ASSERT_EQ(r.rows.size(), 3u);
  EXPECT_EQ(r.rows[0].fields, (Fields{"a", "b"}));
  EXPECT_EQ(r.rows[1].fields, (Fields{"1", "2"}));
  EXPECT_EQ(r.rows[2].line, 3u);
  EXPECT_EQ(r.rows[2].fields, (Fields{"3", "4"}));
}

TEST(CsvReader, CrlfLinesAndNoFinalNewline) {
  auto r = read_all("a;b\r\n1;2\r\n3;4");
  EXPECT_EQ(r.delimiter, ';');
  ASSERT_EQ(r.rows.size(), 3u);
  EXPECT_EQ(r.rows[1].fields, (Fields{"1", "2"}));
  EXPECT_EQ(r.rows[2].fields, (Fields{"3", "4"}));
  EXPECT_EQ(r.rows[2].line, 3u);
}

TEST(CsvReader, DelimiterIsFirstUnquotedCommaOrSemicolonOfHeader) {
  EXPECT_EQ(read_all("a;b,c\n").delimiter, ';');
  EXPECT_EQ(read_all("a,b;c\n").delimiter, ',');
  // The comma inside the quoted header cell does not count.
  auto r = read_all("\"x,y\";z\n1;2\n");
  EXPECT_EQ(r.delimiter, ';');
  EXPECT_EQ(r.rows[0].fields, (Fields{"x,y", "z"}));
  EXPECT_EQ(r.rows[1].fields, (Fields{"1", "2"}));
  // Only the header line decides: a semicolon on line 2 is data.
  auto single = read_all("claim_id\nA;B\n");
  EXPECT_EQ(single.delimiter, ',');
  EXPECT_EQ(single.rows[1].fields, (Fields{"A;B"}));
  // No delimiter at all: comma.
  EXPECT_EQ(read_all("").delimiter, ',');
  EXPECT_EQ(read_all("only\n").delimiter, ',');
}

TEST(CsvReader, ByteOrderMarkIsSkipped) {
  auto r = read_all("\xEF\xBB\xBF" "a;b\r\n1;2\r\n");
  EXPECT_EQ(r.delimiter, ';');
  EXPECT_EQ(r.rows[0].fields, (Fields{"a", "b"}));
  EXPECT_EQ(r.rows[0].line, 1u);
}

TEST(CsvReader, QuotedFieldsWithEscapedQuotes) {
  auto r = read_all("a,b\n\"say \"\"hi\"\"\",\"\"\"\"\n");
  ASSERT_EQ(r.rows.size(), 2u);
  EXPECT_EQ(r.rows[1].fields, (Fields{"say \"hi\"", "\""}));
}

TEST(CsvReader, ManyEscapedFieldsInOneRecordStayValid) {
  // Several unescaped fields live in the reader's buffer at once; none may dangle.
  auto r = read_all("a,b,c,d\n\"1\"\"\",x,\"2\"\"2\",\"3\"\"\"\"3\"\n");
  EXPECT_EQ(r.rows[1].fields, (Fields{"1\"", "x", "2\"2", "3\"\"3"}));
}

TEST(CsvReader, EmbeddedNewlinesKeepTheirBytesAndCountLines) {
  // A CRLF inside quotes stays CRLF, an LF stays LF; the next record starts on line 5.
  auto r = read_all("a,b\r\n\"one\r\ntwo\",\"x\ny\"\r\nnext,row\r\n");
  ASSERT_EQ(r.rows.size(), 3u);
  EXPECT_EQ(r.rows[1].line, 2u);
  EXPECT_EQ(r.rows[1].fields, (Fields{"one\r\ntwo", "x\ny"}));
  EXPECT_EQ(r.rows[2].line, 5u);
  EXPECT_EQ(r.rows[2].fields, (Fields{"next", "row"}));
}

TEST(CsvReader, BlankLinesAreSkippedButCounted) {
  auto r = read_all("a,b\n\n1,2\r\n\r\n\n3,4\n\n");
  ASSERT_EQ(r.rows.size(), 3u);
  EXPECT_EQ(r.rows[1].line, 3u);
  EXPECT_EQ(r.rows[2].line, 6u);
}

TEST(CsvReader, BlankLinesBeforeTheHeader) {
  auto r = read_all("\n\na;b\n1;2\n");
  EXPECT_EQ(r.delimiter, ';');
  EXPECT_EQ(r.rows[0].line, 3u);
  EXPECT_EQ(r.rows[1].line, 4u);
}

TEST(CsvReader, UnquotedFieldsAreNotTrimmed) {
  auto r = read_all("a,b\n  x , y\t\n");
  EXPECT_EQ(r.rows[1].fields, (Fields{"  x ", " y\t"}));
}

TEST(CsvReader, EmptyFieldsAreEmpty) {
  auto r = read_all("a,b,c\n,\"\",\n");
  EXPECT_EQ(r.rows[1].fields, (Fields{"", "", ""}));
}

TEST(CsvReader, WrongNumberOfFieldsIsVisibleToTheCaller) {
  auto r = read_all("a,b\n1\n1,2,3\n");
  EXPECT_EQ(r.rows[1].fields.size(), 1u);
  EXPECT_EQ(r.rows[2].fields.size(), 3u);
}

TEST(CsvReader, UnterminatedQuoteReportsTheLineWhereTheRecordStarts) {
  auto r = read_all("a,b\n1,2\n3,\"open\nstill open\nto the end\n");
  ASSERT_EQ(r.rows.size(), 2u);
  EXPECT_TRUE(r.unterminated);
  EXPECT_EQ(r.unterminated_line, 3u);
}

TEST(CsvReader, UnterminatedQuoteInTheHeader) {
  auto r = read_all("\"a,b\n1,2\n");
  EXPECT_TRUE(r.rows.empty());
  EXPECT_TRUE(r.unterminated);
  EXPECT_EQ(r.unterminated_line, 1u);
}

TEST(CsvReader, TextAfterClosingQuoteIsFlagged) {
  auto r = read_all("a,b\n\"ab\"c,d\nok,1\n");
  ASSERT_EQ(r.rows.size(), 3u);
  EXPECT_TRUE(r.rows[1].text_after_quote);
  EXPECT_EQ(r.rows[1].fields.size(), 2u);
  EXPECT_FALSE(r.rows[2].text_after_quote);
  EXPECT_EQ(r.rows[2].fields, (Fields{"ok", "1"}));
}

TEST(CsvReader, QuoteInsideAnUnquotedFieldIsData) {
  auto r = read_all("a,b\nab\"c,5\" inch\n");
  EXPECT_EQ(r.rows[1].fields, (Fields{"ab\"c", "5\" inch"}));
}

TEST(CsvReader, LoneCarriageReturnEndsALine) {
  // What older Mac spreadsheet programs save (spec section 8): CR alone ends each line.
  auto r = read_all("a;b\r1;2\r\r3;4\r");
  EXPECT_EQ(r.delimiter, ';');
  ASSERT_EQ(r.rows.size(), 3u);
  EXPECT_EQ(r.rows[1].line, 2u);
  EXPECT_EQ(r.rows[1].fields, (Fields{"1", "2"}));
  EXPECT_EQ(r.rows[2].line, 4u);  // the blank line 3 is skipped but counted
  EXPECT_EQ(r.rows[2].fields, (Fields{"3", "4"}));
}

TEST(CsvReader, LoneCarriageReturnInsideAFieldEndsTheLine) {
  auto r = read_all("a,b\nx\ry,z\n");
  ASSERT_EQ(r.rows.size(), 3u);
  EXPECT_EQ(r.rows[1].fields, (Fields{"x"}));
  EXPECT_EQ(r.rows[2].line, 3u);
  EXPECT_EQ(r.rows[2].fields, (Fields{"y", "z"}));
}

TEST(CsvReader, LoneCarriageReturnAfterAClosingQuoteEndsTheLine) {
  auto r = read_all("a,b\r\"1\",\"2\"\r3,4");
  ASSERT_EQ(r.rows.size(), 3u);
  EXPECT_FALSE(r.rows[1].text_after_quote);
  EXPECT_EQ(r.rows[1].fields, (Fields{"1", "2"}));
  EXPECT_EQ(r.rows[2].fields, (Fields{"3", "4"}));
}

TEST(CsvReader, LoneCarriageReturnsInsideQuotesStayAndCountLines) {
  // Mixed line ends inside quotes are kept byte for byte; each one is a physical line.
  auto r = read_all("a,b\r\"one\rtwo\r\nthree\",x\rnext,row\r");
  ASSERT_EQ(r.rows.size(), 3u);
  EXPECT_EQ(r.rows[1].line, 2u);
  EXPECT_EQ(r.rows[1].fields, (Fields{"one\rtwo\r\nthree", "x"}));
  EXPECT_EQ(r.rows[2].line, 5u);
  EXPECT_EQ(r.rows[2].fields, (Fields{"next", "row"}));
}

TEST(CsvReader, CountLinesCountsEveryKindOfLineEnd) {
  EXPECT_EQ(claims::count_lines(""), 1u);
  EXPECT_EQ(claims::count_lines("a\rb\r"), 3u);
  EXPECT_EQ(claims::count_lines("a\r\nb\r\n"), 3u);
  EXPECT_EQ(claims::count_lines("a\nb\nc"), 3u);
  // A file that mixes its line ends is counted short (4 lines): a size hint, no more.
  EXPECT_EQ(claims::count_lines("a\nb\rc\r\nd"), 3u);
  EXPECT_EQ(claims::count_lines("a\rb\rc\nd"), 2u);
}

TEST(CsvReader, SemicolonFileKeepsCommasInFields) {
  auto r = read_all("a;b\n1,50;x\n");
  EXPECT_EQ(r.rows[1].fields, (Fields{"1,50", "x"}));
}

TEST(CsvReader, Utf8PassesThrough) {
  auto r = read_all("a,b\nCafé,\"😀;\"\n");
  EXPECT_EQ(r.rows[1].fields, (Fields{"Café", "😀;"}));
}

TEST(CsvReader, HeaderMatching) {
  EXPECT_TRUE(claims::header_matches("  Claim_ID ", "claim_id"));
  EXPECT_TRUE(claims::header_matches("\tconversion id", "Conversion ID"));
  EXPECT_FALSE(claims::header_matches("claim id", "claim_id"));
  EXPECT_FALSE(claims::header_matches("claim_ids", "claim_id"));
  const std::vector<std::string_view> header = {"x", " ORDER_ID", "claim_id", "order_id"};
  auto idx = claims::map_columns(header, {"claim_id", "order_id", "comment"});
  EXPECT_EQ(idx[0], 2u);
  EXPECT_EQ(idx[1], 1u);  // the first matching column wins
  EXPECT_EQ(idx[2], std::string_view::npos);
}
