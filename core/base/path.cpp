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

std::string Path::dotted() const {
  std::string out;
  out.reserve(s_.size());
  for (std::size_t i = 0; i < s_.size(); ++i) {
    const char c = s_[i];
    if (c == '/') {
      if (i != 0) out += '.';
    } else if (c == '~' && i + 1 < s_.size() && (s_[i + 1] == '0' || s_[i + 1] == '1')) {
      out += s_[++i] == '0' ? '~' : '/';
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace claims
