// libFuzzer target (differential): see claims::fuzz::fast_parse_agrees in invariants.h.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "invariants.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  if (!claims::fuzz::fast_parse_agrees(input)) __builtin_trap();
  return 0;
}
