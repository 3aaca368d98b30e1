// Control for front_end_sees_only_dispatch.fail.cpp: the public header compiles alone.
// links: claims_core
#include "claims/dispatch.h"

std::string fine() { return claims::dispatch("sniff_media_type", "{}"); }
