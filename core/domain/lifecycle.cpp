#include "domain/lifecycle.h"

#include <algorithm>

#include "requests/fields.h"

namespace claims {

namespace {

const char* const kLockRules[] = {"days_after_event", "months_after_event_month",
                                  "day_of_month", "immediate", "open_ended", nullptr};

// First day of the month `months` after the month of `d`.
date::year_month month_after(Date d, long long months) {
  const auto ym = d.ymd().year() / d.ymd().month();
  return ym + date::months(months);
}

Date add_business_days(Date lock, long long n, const std::vector<Date>& holidays) {
  Date d = lock;
  while (n > 0) {
    d = d + Days{1};
    const unsigned wd = d.iso_weekday();
    if (wd >= 6) continue;
    if (std::binary_search(holidays.begin(), holidays.end(), d)) continue;
    --n;
  }
  return d;
}

}  // namespace

std::optional<Lifecycle> parse_lifecycle(const Json& j, const Path& at, Issues& issues,
                                         const char* invalid_code) {
  const std::size_t before = issues.size();
  FieldReader r{issues, invalid_code, invalid_code};
  Lifecycle lc;

  const Json* lock = FieldReader::find(j, "lock");
  const Path lock_at = at / "lock";
  if (!lock) {
    r.required_missing("lock", lock_at);
  } else if (!lock->is_object()) {
    issues.error(invalid_code, lock_at,
                 not_an_object("lock", *lock));
  } else if (auto rule = r.choice(*lock, "rule", lock_at / "rule", true, kLockRules)) {
    using K = LockRule::Kind;
    if (*rule == "days_after_event") {
      lc.lock.kind = K::days_after_event;
      if (auto n = r.integer(*lock, "days", lock_at / "days", true, 0, kMaxDayCount))
        lc.lock.days = *n;
    } else if (*rule == "months_after_event_month") {
      lc.lock.kind = K::months_after_event_month;
      if (auto n = r.integer(*lock, "months", lock_at / "months", true, 0, kMaxMonthCount))
        lc.lock.months = *n;
    } else if (*rule == "day_of_month") {
      lc.lock.kind = K::day_of_month;
      if (auto n = r.integer(*lock, "day", lock_at / "day", true, 1, 31)) lc.lock.day = *n;
      if (auto n = r.integer(*lock, "months", lock_at / "months", true, 1, kMaxMonthCount))
        lc.lock.months = *n;
    } else if (*rule == "immediate") {
      lc.lock.kind = K::immediate;
    } else {
      lc.lock.kind = K::open_ended;
    }
  }

  // Absent payout terms pay on the lock day (days_after_lock 0): see docs/operations.md.
  if (const Json* payout = FieldReader::find(j, "payout")) {
    const Path p = at / "payout";
    if (!payout->is_object()) {
      issues.error(invalid_code, p,
                   not_an_object("payout", *payout));
    } else {
      if (auto n = r.integer(*payout, "days_after_lock", p / "days_after_lock", true, 0,
                             kMaxDayCount))
        lc.payout.days_after_lock = *n;
      if (auto b = r.boolean(*payout, "business_days", p / "business_days", false))
        lc.payout.business_days = *b;
      if (const Json* hs = FieldReader::find(*payout, "holidays")) {
        if (!hs->is_array()) {
          issues.error(invalid_code, p / "holidays",
                       std::string("holidays must be an array of dates, not ") +
                           json_type_name(*hs) + ".");
        } else {
          for (std::size_t i = 0; i < hs->size(); ++i) {
            const Path hp = p / "holidays" / i;
            const Json& h = (*hs)[i];
            if (!h.is_string()) {
              issues.error(invalid_code, hp,
                           std::string("A holiday must be a date string, not ") +
                               json_type_name(h) + ".");
              continue;
            }
            if (auto d = parse_date(h.get_ref<const std::string&>())) {
              lc.payout.holidays.push_back(*d);
            } else {
              issues.error("date.invalid", hp,
                           "Holiday \"" + h.get<std::string>().substr(0, 32) +
                               "\" is not a valid date (YYYY-MM-DD).");
            }
          }
          std::sort(lc.payout.holidays.begin(), lc.payout.holidays.end());
        }
      }
    }
  }
  if (issues.size() != before) return std::nullopt;
  return lc;
}

ScheduledDates schedule(const Lifecycle& lc, Date t) {
  using K = LockRule::Kind;
  ScheduledDates out;
  switch (lc.lock.kind) {
    case K::days_after_event:
      out.lock = t + Days{lc.lock.days};
      break;
    case K::months_after_event_month: {
      // Pending through N whole calendar months after t's month, locks on the first day
      // of the month after those.
      const auto ym = month_after(t, lc.lock.months + 1);
      out.lock = Date(date::sys_days(ym / date::day(1)));
      break;
    }
    case K::day_of_month: {
      const auto ym = month_after(t, lc.lock.months);
      const auto last = unsigned((ym / date::last).day());
      const unsigned d = std::min(unsigned(lc.lock.day), last);
      out.lock = Date(date::sys_days(ym / date::day(d)));
      break;
    }
    case K::immediate:
      out.lock = t;
      break;
    case K::open_ended:
      return out;
  }
  if (lc.payout.business_days) {
    out.payout = add_business_days(*out.lock, lc.payout.days_after_lock, lc.payout.holidays);
  } else {
    out.payout = *out.lock + Days{lc.payout.days_after_lock};
  }
  return out;
}

const char* status_name(ActionStatus s) {
  switch (s) {
    case ActionStatus::not_created: return "not_created";
    case ActionStatus::pending: return "pending";
    case ActionStatus::locked: return "locked";
    case ActionStatus::paid: return "paid";
  }
  return "pending";
}

LifecycleOutcome evaluate(const Lifecycle& lc, Date transaction,
                          std::optional<Date> approved_on, Date as_of) {
  LifecycleOutcome o;
  o.scheduled = schedule(lc, transaction);
  o.effective = o.scheduled;
  if (approved_on && o.scheduled.lock) {
    o.locks_on_approval = *approved_on >= *o.scheduled.lock;
    o.pays_on_approval = *approved_on >= *o.scheduled.payout;
    o.effective.lock = max(*o.scheduled.lock, *approved_on);
    o.effective.payout = max(*o.scheduled.payout, *approved_on);
  }
  if (approved_on && as_of < *approved_on) {
    o.status = ActionStatus::not_created;
  } else if (!o.effective.lock || as_of < *o.effective.lock) {
    o.status = ActionStatus::pending;
  } else if (as_of < *o.effective.payout) {
    o.status = ActionStatus::locked;
  } else {
    o.status = ActionStatus::paid;
  }
  return o;
}

Json to_json(const LifecycleOutcome& o) {
  Json j = Json::object();
  j["scheduled"] = {{"lock", date_or_null(o.scheduled.lock)},
                    {"payout", date_or_null(o.scheduled.payout)}};
  j["effective"] = {{"lock", date_or_null(o.effective.lock)},
                    {"payout", date_or_null(o.effective.payout)}};
  j["locks_on_approval"] = o.locks_on_approval;
  j["pays_on_approval"] = o.pays_on_approval;
  j["status"] = status_name(o.status);
  return j;
}

}  // namespace claims
