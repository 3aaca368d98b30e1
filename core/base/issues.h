// Findings about the data (spec section 3): errors and warnings with a stable code,
// a JSON Pointer path and a sentence that names the concrete values.
#pragma once
#include <algorithm>
#include <string>
#include <vector>

#include "base/json.h"
#include "base/path.h"

namespace claims {

enum class Severity { error, warning };

struct Issue {
  Severity severity;
  std::string code;
  std::string path;
  std::string message;
};

class Issues {
 public:
  void error(std::string code, const Path& path, std::string message);
  void warning(std::string code, const Path& path, std::string message);
  void add(Issue issue) { list_.push_back(std::move(issue)); }
  void append(const Issues& other);
  void append(Issues&& other);
  // Reorders the list by key(issue), keeping the current order among equal keys.
  template <class Key>
  void stable_sort_by(Key key) {
    std::stable_sort(list_.begin(), list_.end(),
                     [&](const Issue& a, const Issue& b) { return key(a) < key(b); });
  }
  void clear() { list_.clear(); }

  bool has_errors() const;
  bool has_warnings() const;
  bool empty() const { return list_.empty(); }
  std::size_t size() const { return list_.size(); }
  const std::vector<Issue>& list() const { return list_; }
  Json to_json() const;

 private:
  std::vector<Issue> list_;
};

Json issue_to_json(const Issue& issue);

}  // namespace claims
