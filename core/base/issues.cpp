#include "base/issues.h"

namespace claims {

void Issues::error(std::string code, const Path& path, std::string message) {
  list_.push_back({Severity::error, std::move(code), path.str(), std::move(message)});
}

void Issues::warning(std::string code, const Path& path, std::string message) {
  list_.push_back({Severity::warning, std::move(code), path.str(), std::move(message)});
}

void Issues::append(const Issues& other) {
  list_.insert(list_.end(), other.list_.begin(), other.list_.end());
}

void Issues::append(Issues&& other) {
  if (list_.empty()) {
    list_ = std::move(other.list_);
  } else {
    list_.insert(list_.end(), std::make_move_iterator(other.list_.begin()),
                 std::make_move_iterator(other.list_.end()));
  }
  other.list_.clear();
}

bool Issues::has_errors() const {
  for (const auto& i : list_)
    if (i.severity == Severity::error) return true;
  return false;
}

bool Issues::has_warnings() const {
  for (const auto& i : list_)
    if (i.severity == Severity::warning) return true;
  return false;
}

Json issue_to_json(const Issue& issue) {
  Json j = Json::object();
  j["severity"] = issue.severity == Severity::error ? "error" : "warning";
  j["code"] = issue.code;
  j["path"] = issue.path;
  j["message"] = issue.message;
  return j;
}

Json Issues::to_json() const {
  Json arr = Json::array();
  for (const auto& i : list_) arr.push_back(issue_to_json(i));
  return arr;
}

}  // namespace claims
