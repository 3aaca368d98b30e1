// A set of names that is searched once per item of another list (a policy's promo codes
// per claim, a contract's allowed codes per sale): sorted once, each search O(log n), so
// n names looked up by m items cost (n + m) log n instead of n x m (issue 16: 10,000
// claims against 10,000 allowed codes).
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace claims {

class NameSet {
 public:
  enum class Case { exact, ignore_ascii };

  NameSet() = default;
  NameSet(const std::vector<std::string>& names, Case match);

  bool contains(std::string_view name) const;

 private:
  std::string key(std::string_view name) const;

  std::vector<std::string> sorted_;
  Case match_ = Case::exact;
};

}  // namespace claims
