// Calendar dates (spec section 2): ISO `YYYY-MM-DD`, proleptic Gregorian, years
// 1970-2199 on input. A Date is a day count, not an integer: it cannot be added to money
// or to another Date, only moved by a Days count.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include <date/date.h>

namespace claims {

// The years a date on input may have (computed dates may run past the last one).
constexpr int kMinYear = 1970;
constexpr int kMaxYear = 2199;
// The longest span a rule may count in days (a policy's windows, a lifecycle's delays):
// ten years.
constexpr long long kMaxDayCount = 3650;

struct Days {
  long long count;
};

class Date {
 public:
  explicit Date(date::sys_days d) : d_(d) {}
  static Date from_ymd(int y, unsigned m, unsigned d);

  Date operator+(Days n) const { return Date(d_ + date::days(n.count)); }
  Date operator-(Days n) const { return Date(d_ - date::days(n.count)); }
  // Signed number of days from `other` to this date.
  long long days_since(Date other) const { return (d_ - other.d_).count(); }

  friend bool operator==(Date a, Date b) { return a.d_ == b.d_; }
  friend bool operator!=(Date a, Date b) { return a.d_ != b.d_; }
  friend bool operator<(Date a, Date b) { return a.d_ < b.d_; }
  friend bool operator<=(Date a, Date b) { return a.d_ <= b.d_; }
  friend bool operator>(Date a, Date b) { return a.d_ > b.d_; }
  friend bool operator>=(Date a, Date b) { return a.d_ >= b.d_; }

  date::sys_days sys() const { return d_; }
  date::year_month_day ymd() const { return date::year_month_day(d_); }
  // ISO weekday: 1 = Monday ... 7 = Sunday.
  unsigned iso_weekday() const { return date::weekday(d_).iso_encoding(); }
  std::string iso() const;

 private:
  date::sys_days d_;
};

inline Date max(Date a, Date b) { return a < b ? b : a; }

// True when `d` is in the years a date on input may have. Operations that must never
// write a date outside them (review_queue, export_network_csv) test a computed one here.
bool in_supported_years(Date d);

// Strict parse: exactly 4-2-2 digits, an existing day, year kMinYear-kMaxYear. nullopt
// otherwise.
std::optional<Date> parse_date(std::string_view text);
// What parse_date() accepts, in words for messages: "YYYY-MM-DD, an existing day, years
// 1970-2199".
std::string date_rule();

}  // namespace claims
