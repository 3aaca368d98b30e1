#include "domain/claim.h"

#include <utility>

namespace claims {

std::optional<std::string_view> ClaimView::event_type_or_sale() const {
  if (event_type.ok()) return *event_type;
  if (event_type.invalid) return std::nullopt;
  return std::string_view("sale");
}

void ClaimView::clear() {
  std::vector<ClaimAttachment> kept = std::move(attachments);
  kept.clear();
  *this = ClaimView{};
  attachments = std::move(kept);
}

}  // namespace claims
