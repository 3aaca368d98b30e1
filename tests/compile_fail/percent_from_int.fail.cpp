// Must not compile: a Percent is built explicitly from its scaled units, never from a
// stray integer (5 would silently mean 0.0005 %).
// expect: (could not convert .5. from .int. to .claims::Percent.|no viable conversion from .int. to .claims::Percent.)
#include "values/exact.h"
#include "values/money.h"

claims::MoneyResult nonsense(const claims::Money& m) {
  return claims::apply_percent(m, 5, claims::Rounding::half_up);
}
