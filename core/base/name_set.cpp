#include "base/name_set.h"

#include <algorithm>

#include "base/text.h"

namespace claims {

NameSet::NameSet(const std::vector<std::string>& names, Case match) : match_(match) {
  sorted_.reserve(names.size());
  for (const auto& n : names) sorted_.push_back(key(n));
  std::sort(sorted_.begin(), sorted_.end());
  sorted_.erase(std::unique(sorted_.begin(), sorted_.end()), sorted_.end());
}

std::string NameSet::key(std::string_view name) const {
  std::string k(name);
  if (match_ == Case::ignore_ascii)
    for (char& c : k) c = ascii_lower(c);
  return k;
}

bool NameSet::contains(std::string_view name) const {
  if (match_ == Case::exact) return std::binary_search(sorted_.begin(), sorted_.end(), name);
  return std::binary_search(sorted_.begin(), sorted_.end(), key(name));
}

}  // namespace claims
