// Control for the compile-fail check: this source fails to compile because of a typo
// (Mony), not because of the strong types, while it expects money_plus_money's
// diagnostic. The check must reject it (the test is marked WILL_FAIL), or any error at
// all would let a compile-fail test pass.
// expect: operand.*.const claims::Money. and .const claims::Money.
#include "values/money.h"

void nonsense(const claims::Money& a, const claims::Mony& b) { auto x = a + b; (void)x; }
