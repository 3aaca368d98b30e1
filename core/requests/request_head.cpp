#include "requests/request_head.h"

#include <vector>

#include "formats/json_scan.h"
#include "requests/request_limits.h"

namespace claims {

std::optional<RequestHead> read_request_head(std::string_view text, std::string_view large_member,
                                             char opening) {
  std::vector<ScannedMember> members;
  if (!scan_object_members(text, members)) return std::nullopt;
  RequestHead head{Json::object(), {}};
  bool found = false;
  for (const ScannedMember& m : members) {
    Json key = Json::parse(m.key, nullptr, /*allow_exceptions=*/false);
    if (!key.is_string()) return std::nullopt;
    const std::string& name = key.get_ref<const std::string&>();
    if (head.members.contains(name)) return std::nullopt;
    if (name == large_member) {
      if (m.value.front() != opening) return std::nullopt;
      head.large = m.value;
      head.members[name] = opening == '[' ? Json::array() : Json(std::string());
      found = true;
      continue;
    }
    Json value = Json::parse(m.value, nullptr, /*allow_exceptions=*/false);
    if (value.is_discarded()) return std::nullopt;
    head.members[name] = std::move(value);
  }
  if (!found || has_oversized_array(head.members, kMaxArrayItems)) return std::nullopt;
  return head;
}

}  // namespace claims
