// Replays the inputs in tests/fuzz/regressions/<target>/ (seeds, and every input a fuzzer
// ever failed on) through the same invariants, natively and on WASM. A new crash input
// dropped into that folder becomes a regression test with no other change.
//
// Every target has a folder with at least one input: a folder that is missing or empty
// fails here, so a renamed target or a moved folder cannot turn the replay into a test
// that checks nothing.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "../../fuzz/invariants.h"

namespace fs = std::filesystem;

namespace {
void replay(const char* target, bool (*check)(std::string_view)) {
  const fs::path dir = fs::path(CLAIMS_SOURCE_DIR) / "tests" / "fuzz" / "regressions" / target;
  ASSERT_TRUE(fs::is_directory(dir)) << dir << " is missing: give the target a seed input";
  int count = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::ifstream in(entry.path(), std::ios::binary);
    ASSERT_TRUE(in) << entry.path();
    const std::string input((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_TRUE(check(input)) << entry.path();
    ++count;
  }
  EXPECT_GE(count, 1) << dir << " holds no input";
}
}  // namespace

TEST(FuzzRegressions, Dispatch) { replay("dispatch", claims::fuzz::dispatch_answers); }
TEST(FuzzRegressions, Money) { replay("money", claims::fuzz::money_round_trips); }
TEST(FuzzRegressions, Date) { replay("date", claims::fuzz::date_round_trips); }
TEST(FuzzRegressions, Csv) { replay("csv", claims::fuzz::csv_round_trips); }
TEST(FuzzRegressions, JsonFast) { replay("json_fast", claims::fuzz::fast_parse_agrees); }
TEST(FuzzRegressions, Base64) { replay("base64", claims::fuzz::base64_round_trips); }
TEST(FuzzRegressions, CheckPackage) {
  replay("check_package", claims::fuzz::check_package_answers);
}

// The CSV invariant on concrete files: quotes, embedded CRLF, semicolons, a BOM.
TEST(FuzzRegressions, CsvInvariantHoldsOnQuirkyFiles) {
  EXPECT_TRUE(claims::fuzz::csv_round_trips("a;b\r\n\"x;\"\"y\"\"\";2\r\n\r\n\"multi\r\nline\";3\n"));
  EXPECT_TRUE(claims::fuzz::csv_round_trips("\xEF\xBB\xBFid,amount\n1,\"\"\n"));
  EXPECT_TRUE(claims::fuzz::csv_round_trips("\"open,quote\n"));
}

// The streamed-path invariant holds on requests the streamed paths answer, and is
// vacuous (true) where they decline.
TEST(FuzzRegressions, StreamedPathsAnswerAsTheGeneralPath) {
  const std::string validate =
      R"({"as_of":"2026-03-01","claims":[{"id":"C-1","order":{"id":"A","amount":"1.5"}},7]})";
  ASSERT_TRUE(claims::dispatch_streamed("validate_claims", validate).has_value());
  EXPECT_TRUE(claims::fuzz::streamed_matches_general("validate_claims", validate));
  const std::string import =
      R"({"csv":"claim_id,order_id\nC-1,A\n","include_claims":false,"validate":{"as_of":"2026-03-01"}})";
  ASSERT_TRUE(claims::dispatch_streamed("import_claims_csv", import).has_value());
  EXPECT_TRUE(claims::fuzz::streamed_matches_general("import_claims_csv", import));
  EXPECT_FALSE(claims::dispatch_streamed("validate_claims", "[").has_value());
  EXPECT_TRUE(claims::fuzz::streamed_matches_general("validate_claims", "["));
}
