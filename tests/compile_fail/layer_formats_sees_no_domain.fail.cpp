// Must not compile: a format knows nothing of claims, so the formats layer's library
// does not even see the domain's headers (core/CMakeLists.txt).
// links: claims_formats
// expect: domain/claim.h.*(No such file or directory|file not found)
#include "domain/claim.h"
#include "formats/csv_reader.h"
