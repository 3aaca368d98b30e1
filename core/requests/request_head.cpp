#include "requests/request_head.h"

#include <unordered_set>
#include <vector>

#include "formats/json_parse.h"
#include "formats/json_scan.h"

namespace claims {

std::optional<RequestHead> read_request_head(std::string_view text, std::string_view large_member,
                                             char opening) {
  std::vector<ScannedMember> members;
  if (!scan_object_members(text, members)) return std::nullopt;
  RequestHead head{Json::object(), {}};
  // Appended to the object's member vector directly, and repeated keys found by a set:
  // Json's own operator[] and contains() search the members one by one.
  auto& object = head.members.get_ref<Json::object_t&>();
  std::unordered_set<std::string> names;
  bool found = false;
  for (const ScannedMember& m : members) {
    Json key;
    if (!parse_json(m.key, key) || !key.is_string()) return std::nullopt;
    std::string& name = key.get_ref<std::string&>();
    if (!names.insert(name).second) return std::nullopt;
    if (name == large_member) {
      if (m.value.front() != opening) return std::nullopt;
      head.large = m.value;
      object.emplace_back(std::move(name), opening == '[' ? Json::array() : Json(std::string()));
      found = true;
      continue;
    }
    Json value;
    if (!parse_json(m.value, value)) return std::nullopt;
    object.emplace_back(std::move(name), std::move(value));
  }
  if (!found) return std::nullopt;
  return head;
}

}  // namespace claims
