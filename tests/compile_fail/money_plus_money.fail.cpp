// Must not compile: even two Money values have no unchecked operator+, because their
// currencies are only known at run time; checked_add refuses a mismatch instead.
// expect: operand.*.const claims::Money. and .const claims::Money.
#include "values/money.h"

void nonsense(const claims::Money& a, const claims::Money& b) { auto x = a + b; (void)x; }
