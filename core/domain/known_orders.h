// Orders that are already tracked or claimed (spec section 4, `known_orders`): an
// untracked claim for one of them is order.duplicate.
#pragma once
#include <string>
#include <string_view>
#include <unordered_set>

#include "base/json.h"
#include "base/path.h"
#include "base/status.h"

namespace claims {

class KnownOrders {
 public:
  void add(std::string_view advertiser_id, std::string_view order_id);
  bool contains(std::string_view advertiser_id, std::string_view order_id) const;
  bool empty() const { return keys_.empty(); }

 private:
  std::unordered_set<std::string> keys_;
  mutable std::string probe_;
};

// The `known_orders` member of the object at `at` (the request, or import_claims_csv's
// `validate`): absent is empty; anything malformed is request.invalid, since these are
// the system's data, not the publisher's.
StatusOr<KnownOrders> read_known_orders(const Json& obj, const Path& at = Path());

}  // namespace claims
