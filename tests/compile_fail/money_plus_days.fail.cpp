// Must not compile: money and a day count are different things.
// expect: operand.*.const claims::Money. and .claims::Days.
#include "values/calendar.h"
#include "values/money.h"

void nonsense(const claims::Money& m) { auto x = m + claims::Days{3}; (void)x; }
