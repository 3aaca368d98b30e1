// ISO 4217 currencies the core knows (spec section 2), with their minor-unit digits.
#pragma once
#include <string_view>

namespace claims {

struct Currency {
  std::string_view code;
  int decimals;  // 0, 2 or 3
};

// nullptr for anything not in the table, including lower-case codes ("eur").
const Currency* find_currency(std::string_view code);

}  // namespace claims
