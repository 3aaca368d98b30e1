#include "domain/known_orders.h"

#include "base/issues.h"
#include "requests/fields.h"
#include "requests/request.h"

namespace claims {

void KnownOrders::add(std::string_view advertiser_id, std::string_view order_id) {
  std::string key;
  key.reserve(advertiser_id.size() + 1 + order_id.size());
  key.append(advertiser_id).push_back('\0');
  key.append(order_id);
  keys_.insert(std::move(key));
}

bool KnownOrders::contains(std::string_view advertiser_id, std::string_view order_id) const {
  // Identifiers hold no control characters, so NUL separates the two unambiguously.
  probe_.assign(advertiser_id).push_back('\0');
  probe_.append(order_id);
  return keys_.count(probe_) != 0;
}

StatusOr<KnownOrders> read_known_orders(const Json& obj, const Path& at) {
  KnownOrders known;
  ASSIGN_OR_RETURN(const Json* list, read_array(obj, "known_orders", false, at));
  if (!list) return known;
  const Path list_at = at / "known_orders";
  Issues scratch;
  FieldReader r{scratch, "request.invalid", "request.invalid"};
  for (std::size_t i = 0; i < list->size(); ++i) {
    const Path entry_at = list_at / i;
    const Json& entry = (*list)[i];
    if (!entry.is_object()) {
      return invalid_request(entry_at.str(), not_an_object("A known order", entry));
    }
    auto adv = r.identifier(entry, "advertiser_id", entry_at / "advertiser_id", true);
    auto order = r.identifier(entry, "order_id", entry_at / "order_id", true);
    if (!adv || !order) {
      const Issue& first = scratch.list().front();
      return invalid_request(first.path, list_at.dotted() + ": " + first.message);
    }
    known.add(*adv, *order);
  }
  return known;
}

}  // namespace claims
