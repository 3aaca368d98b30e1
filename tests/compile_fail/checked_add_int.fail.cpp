// Must not compile: a bare integer does not become Money.
// expect: (reference of type .const claims::Money&. from expression of type .int.|type .const claims::Money. could not bind to an rvalue of type .int.)
#include "values/money.h"

void nonsense(const claims::Money& m) { auto x = claims::checked_add(m, 5); (void)x; }
