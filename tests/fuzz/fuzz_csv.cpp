// libFuzzer target: see claims::fuzz::csv_round_trips in invariants.h for what must hold.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "invariants.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  if (!claims::fuzz::csv_round_trips(input)) __builtin_trap();
  return 0;
}
