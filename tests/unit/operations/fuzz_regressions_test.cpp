// Replays every input the fuzzers ever failed on (tests/fuzz/regressions/<target>/*)
// through the same invariants, natively and on WASM. A new crash input dropped into
// that folder becomes a regression test with no other change.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "../../fuzz/invariants.h"

namespace fs = std::filesystem;

namespace {
int replay(const char* target, bool (*check)(std::string_view)) {
  const fs::path dir = fs::path(CLAIMS_SOURCE_DIR) / "tests" / "fuzz" / "regressions" / target;
  int count = 0;
  if (!fs::exists(dir)) return 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::ifstream in(entry.path(), std::ios::binary);
    const std::string input((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_TRUE(check(input)) << entry.path();
    ++count;
  }
  return count;
}
}  // namespace

TEST(FuzzRegressions, Dispatch) { replay("dispatch", claims::fuzz::dispatch_answers); }
TEST(FuzzRegressions, Money) { replay("money", claims::fuzz::money_round_trips); }
TEST(FuzzRegressions, Date) { replay("date", claims::fuzz::date_round_trips); }
TEST(FuzzRegressions, Csv) { replay("csv", claims::fuzz::csv_round_trips); }
TEST(FuzzRegressions, JsonFast) { replay("json_fast", claims::fuzz::fast_parse_agrees); }
TEST(FuzzRegressions, Base64) { replay("base64", claims::fuzz::base64_round_trips); }

// The seed regression is a real input (a lock 120 months after 2199-12-31): replaying
// it must find the file, or the folder layout changed and nothing is being replayed.
TEST(FuzzRegressions, FolderIsFound) { EXPECT_GE(replay("dispatch", claims::fuzz::dispatch_answers), 1); }

// The CSV invariant on concrete files: quotes, embedded CRLF, semicolons, a BOM.
TEST(FuzzRegressions, CsvInvariantHoldsOnQuirkyFiles) {
  EXPECT_TRUE(claims::fuzz::csv_round_trips("a;b\r\n\"x;\"\"y\"\"\";2\r\n\r\n\"multi\r\nline\";3\n"));
  EXPECT_TRUE(claims::fuzz::csv_round_trips("\xEF\xBB\xBFid,amount\n1,\"\"\n"));
  EXPECT_TRUE(claims::fuzz::csv_round_trips("\"open,quote\n"));
}
