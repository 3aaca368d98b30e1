// Must not compile: checked_add takes two Money values, not a Money and a day count.
// expect: (from expression of type .claims::Days.|from .claims::Days. to .const claims::Money.)
#include "values/calendar.h"
#include "values/money.h"

void nonsense(const claims::Money& m) { auto x = claims::checked_add(m, claims::Days{3}); (void)x; }
