// The action lifecycle (spec section 6): when an action locks and when it is paid, from
// its transaction date, and what changes when the action is created late by an approval.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "base/issues.h"
#include "base/json.h"
#include "base/path.h"
#include "values/calendar.h"

namespace claims {

struct LockRule {
  enum class Kind { days_after_event, months_after_event_month, day_of_month, immediate,
                    open_ended };
  Kind kind = Kind::immediate;
  long long days = 0;    // days_after_event
  long long months = 0;  // months_after_event_month, day_of_month
  long long day = 0;     // day_of_month (1-31)
};

struct PayoutRule {
  long long days_after_lock = 0;
  bool business_days = false;
  std::vector<Date> holidays;  // sorted, for binary search
};

struct Lifecycle {
  LockRule lock;
  PayoutRule payout;
};

constexpr long long kMaxMonthCount = 120;

// Reads a lifecycle object; invalid values are `invalid_code` issues (contract.invalid)
// at their paths, and the result is nullopt when any is found.
std::optional<Lifecycle> parse_lifecycle(const Json& j, const Path& at, Issues& issues,
                                         const char* invalid_code);

struct ScheduledDates {
  std::optional<Date> lock;  // nullopt for open_ended
  std::optional<Date> payout;
};

ScheduledDates schedule(const Lifecycle& lc, Date transaction);

enum class ActionStatus { not_created, pending, locked, paid };
const char* status_name(ActionStatus s);

struct LifecycleOutcome {
  ScheduledDates scheduled;
  ScheduledDates effective;
  bool locks_on_approval = false;
  bool pays_on_approval = false;
  ActionStatus status = ActionStatus::pending;
};

// `approved_on` absent: tracked normally on its transaction date. The caller has already
// checked that the transaction is not after the approval.
LifecycleOutcome evaluate(const Lifecycle& lc, Date transaction,
                          std::optional<Date> approved_on, Date as_of);

Json to_json(const LifecycleOutcome& outcome);

}  // namespace claims
