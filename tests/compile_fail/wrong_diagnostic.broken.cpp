// Control for the compile-fail check: this source fails to compile because of an unknown
// type (NotAType), not because of the strong types, while it expects money_plus_money's
// diagnostic. The check must reject it (the test is marked WILL_FAIL), or any error at
// all would let a compile-fail test pass. The unknown name is far from every real one:
// clang (the WASM build) corrected the earlier typo "Mony" to Money and then gave the very
// diagnostic expected, so the control passed the check there.
// expect: operand.*.const claims::Money. and .const claims::Money.
#include "values/money.h"

void nonsense(const claims::Money& a, const claims::NotAType& b) { auto x = a + b; (void)x; }
