// Must not compile: a bare integer does not become Money.
#include "values/money.h"

void nonsense(const claims::Money& m) { auto x = claims::checked_add(m, 5); (void)x; }
