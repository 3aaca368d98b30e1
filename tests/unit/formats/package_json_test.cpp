#include "formats/package_json.h"

#include <gtest/gtest.h>

#include <string>

using namespace claims;

namespace {
std::string written(const Json& v) {
  std::string out;
  append_package_json(out, v);
  return out;
}
std::string string_written(std::string_view s) {
  std::string out;
  append_package_json_string(out, s);
  return out;
}
}  // namespace

TEST(PackageJson, EscapesOnlyQuotesBackslashesAndControls) {
  EXPECT_EQ(string_written("a\"b\\c/d"), R"("a\"b\\c/d")");
  EXPECT_EQ(string_written("\b\t\n\f\r"), R"("\b\t\n\f\r")");
  EXPECT_EQ(string_written(std::string("\x00\x01\x1f", 3)), R"("\u0000\u0001\u001f")");
  EXPECT_EQ(string_written("\x7f"), R"("\u007f")");                 // DEL
  EXPECT_EQ(string_written("\xC2\x80\xC2\x9F"), R"("\u0080\u009f")");  // C1 controls
  // U+00A0 (C2 A0), accents, an emoji and U+2028 are not controls: as they are.
  EXPECT_EQ(string_written("\xC2\xA0 é 😀 \xE2\x80\xA8"), "\"\xC2\xA0 é 😀 \xE2\x80\xA8\"");
}

TEST(PackageJson, CompactInOrderWithPlainIntegers) {
  const Json v = Json::parse(
      R"({"z": 1, "a": [true, null, -7, 18446744073709551615, 1.5, {}], "é\u0001": "x"})");
  EXPECT_EQ(written(v),
            "{\"z\":1,\"a\":[true,null,-7,18446744073709551615,1.5,{}],\"é\\u0001\":\"x\"}");
}
