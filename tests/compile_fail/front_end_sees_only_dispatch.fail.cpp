// Must not compile: a front end (cli/, wasm/, the benchmark) links claims_core, which
// carries <claims/dispatch.h> and no internal header.
// links: claims_core
// expect: base/json.h.*(No such file or directory|file not found)
#include "claims/dispatch.h"
#include "base/json.h"
