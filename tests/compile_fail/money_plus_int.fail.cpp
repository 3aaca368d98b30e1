// Must not compile: a bare integer has no currency and no scale.
#include "values/money.h"

void nonsense(const claims::Money& m) { auto x = m + 5; (void)x; }
