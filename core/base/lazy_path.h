// A JSON Pointer that is only spelled out when an issue needs it. Validating a claim
// walks ~40 members; building a Path string for each would cost an allocation per member
// on the happy path, where no issue is ever raised.
//
// A LazyPath refers to its parent: keep the parent alive (a named variable or an enclosing
// full-expression), never store `a / "b" / "c"` in a variable.
#pragma once
#include <cstddef>
#include <string_view>

#include "base/path.h"

namespace claims {

class LazyPath {
 public:
  explicit LazyPath(const Path& root) : root_(&root) {}
  LazyPath operator/(std::string_view member) const { return LazyPath(this, member); }
  LazyPath operator/(std::size_t index) const { return LazyPath(this, index); }
  Path path() const {
    if (!parent_) return *root_;
    const Path p = parent_->path();
    return is_index_ ? p / index_ : p / member_;
  }

 private:
  LazyPath(const LazyPath* parent, std::string_view member)
      : root_(parent->root_), parent_(parent), member_(member) {}
  LazyPath(const LazyPath* parent, std::size_t index)
      : root_(parent->root_), parent_(parent), index_(index), is_index_(true) {}

  const Path* root_;
  const LazyPath* parent_ = nullptr;
  std::string_view member_;
  std::size_t index_ = 0;
  bool is_index_ = false;
};

}  // namespace claims
