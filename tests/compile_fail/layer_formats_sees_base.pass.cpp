// Control for layer_formats_sees_no_domain.fail.cpp: the formats layer sees its own
// headers and those of the layers below.
// links: claims_formats
#include "base/json.h"
#include "values/money.h"
#include "formats/csv_reader.h"

bool fine(std::string_view text) { return claims::CsvReader(text).delimiter() == ','; }
