// Must not compile: a bare integer has no currency and no scale.
// expect: operand.*.const claims::Money. and .int.
#include "values/money.h"

void nonsense(const claims::Money& m) { auto x = m + 5; (void)x; }
