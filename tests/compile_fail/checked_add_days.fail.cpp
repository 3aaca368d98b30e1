// Must not compile: checked_add takes two Money values, not a Money and a day count.
#include "calendar.h"
#include "money.h"

void nonsense(const claims::Money& m) { auto x = claims::checked_add(m, claims::Days{3}); (void)x; }
