// Control for the compile-fail check: this source compiles, so the check must reject it
// (the test is marked WILL_FAIL) whatever diagnostic it expects.
// expect: operand.*.const claims::Money. and .const claims::Money.
#include "values/money.h"

bool fine(const claims::Money& a, const claims::Money& b) { return claims::checked_add(a, b).ok(); }
