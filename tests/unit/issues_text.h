// Test helper: an issue list as "code path" lines, to compare with what the spec says.
#pragma once
#include <string>
#include <vector>

#include "base/issues.h"

namespace claims::testing {

inline std::vector<std::string> codes_and_paths(const Issues& issues) {
  std::vector<std::string> out;
  for (const auto& i : issues.list()) out.push_back(i.code + " " + i.path);
  return out;
}

}  // namespace claims::testing
