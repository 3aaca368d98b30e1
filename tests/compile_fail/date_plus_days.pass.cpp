// Control for date_plus_date.fail.cpp: a Date moved by a Days count compiles.
#include "values/calendar.h"

claims::Date fine(claims::Date a) { return a + claims::Days{1}; }
