#include "base/path.h"

namespace claims {

Path Path::operator/(std::string_view member) const {
  std::string out = s_;
  out.reserve(out.size() + member.size() + 1);
  out += '/';
  for (char c : member) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return Path(std::move(out));
}

Path Path::operator/(std::size_t index) const {
  return Path(s_ + '/' + std::to_string(index));
}

}  // namespace claims
