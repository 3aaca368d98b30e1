// Must not compile: a date moves by a Days count, never by an amount.
// expect: operand.*.claims::Date. and .const claims::Money.
#include "values/calendar.h"
#include "values/money.h"

claims::Date nonsense(claims::Date d, const claims::Money& m) { return d + m; }
