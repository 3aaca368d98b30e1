// Must not compile: money and a day count are different things.
#include "calendar.h"
#include "money.h"

void nonsense(const claims::Money& m) { auto x = m + claims::Days{3}; (void)x; }
