// libFuzzer target: check_package with large generated manifests; see
// claims::fuzz::check_package_answers in invariants.h for the generator and what must hold.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "invariants.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  if (!claims::fuzz::check_package_answers(input)) __builtin_trap();
  return 0;
}
