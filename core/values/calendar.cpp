#include "values/calendar.h"

namespace claims {

Date Date::from_ymd(int y, unsigned m, unsigned d) {
  return Date(date::sys_days(date::year(y) / date::month(m) / date::day(d)));
}

std::string Date::iso() const {
  const auto ymd = this->ymd();
  const int y = int(ymd.year());
  const unsigned m = unsigned(ymd.month());
  const unsigned d = unsigned(ymd.day());
  char buf[16];
  // Computed dates may run past 2199 (a 10-year delay on 2199-12-31); keep 4+ digits.
  std::string out = std::to_string(y);
  while (out.size() < 4) out.insert(out.begin(), '0');
  buf[0] = '-';
  buf[1] = char('0' + m / 10);
  buf[2] = char('0' + m % 10);
  buf[3] = '-';
  buf[4] = char('0' + d / 10);
  buf[5] = char('0' + d % 10);
  out.append(buf, 6);
  return out;
}

std::optional<Date> parse_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int v[3] = {0, 0, 0};
  const int starts[3] = {0, 5, 8};
  const int lens[3] = {4, 2, 2};
  for (int part = 0; part < 3; ++part) {
    for (int i = 0; i < lens[part]; ++i) {
      const char c = s[starts[part] + i];
      if (c < '0' || c > '9') return std::nullopt;
      v[part] = v[part] * 10 + (c - '0');
    }
  }
  if (v[0] < kMinYear || v[0] > kMaxYear) return std::nullopt;
  const date::year_month_day ymd{date::year(v[0]), date::month(unsigned(v[1])),
                                 date::day(unsigned(v[2]))};
  if (!ymd.ok()) return std::nullopt;
  return Date(date::sys_days(ymd));
}

bool in_supported_years(Date d) {
  const int year = int(d.ymd().year());
  return year >= kMinYear && year <= kMaxYear;
}

std::string date_rule() {
  return "YYYY-MM-DD, an existing day, years " + std::to_string(kMinYear) + "-" +
         std::to_string(kMaxYear);
}

}  // namespace claims
