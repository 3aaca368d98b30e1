#include "operations/decisions_csv.h"

namespace claims {

const std::string* claim_string(const Json& claim, std::initializer_list<const char*> keys) {
  const Json* v = &claim;
  for (const char* k : keys) {
    if (!v->is_object()) return nullptr;
    auto it = v->find(k);
    if (it == v->end()) return nullptr;
    v = &*it;
  }
  return v->is_string() ? &v->get_ref<const std::string&>() : nullptr;
}

const Currency* payout_currency_of(const Json& claim) {
  const std::string* code = claim_string(claim, {"payout_currency"});
  if (!code) code = claim_string(claim, {"order", "currency"});
  return code ? find_currency(*code) : nullptr;
}

}  // namespace claims
