// Must not compile: two calendar dates cannot be added (only a Date and a Days count).
// expect: operand.*.claims::Date. and .claims::Date.
#include "values/calendar.h"

claims::Date nonsense(claims::Date a, claims::Date b) { return a + b; }
