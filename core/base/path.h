// JSON Pointer (RFC 6901) paths for issues: Path("/claims") / 3 / "order" -> "/claims/3/order".
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace claims {

class Path {
 public:
  Path() = default;
  explicit Path(std::string pointer) : s_(std::move(pointer)) {}
  Path operator/(std::string_view member) const;
  Path operator/(std::size_t index) const;
  const std::string& str() const { return s_; }
  // The member's name for a message, its segments joined with dots: "/validate/as_of" ->
  // "validate.as_of", "/fx/rate" -> "fx.rate" (unescaped: "/a~1b" -> "a/b").
  std::string dotted() const;

 private:
  std::string s_;
};

}  // namespace claims
