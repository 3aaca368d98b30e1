// claims_bench OPERATION FILE [REPEAT [PAYLOAD]]: runs one request (with PAYLOAD's bytes
// beside it, when given: docs/operations/payload.md) through dispatch() REPEAT times
// and prints {"nanos_per_run", "cpu_nanos_per_run", "peak_rss_kb", "baseline_rss_kb",
// "request_bytes", "response_bytes", "ok"} for scripts/bench and the resource tests
// (tests/resource/). Timing lives here, never in the core or in unit tests.
#include <chrono>
#include <ctime>
#include <cstdio>
#include <fstream>
#include <string>
#include <utility>

#include "claims/dispatch.h"

namespace {
// VmHWM, the peak resident size of this program's own memory. getrusage's ru_maxrss is no
// good here: Linux carries the parent's peak across fork and exec, so a child of a big
// Node process would report Node's peak.
long peak_rss_kb() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    if (line.rfind("VmHWM:", 0) == 0) return std::stol(line.substr(6));
  return -1;
}

// The whole file in `out`, in one allocation; false when it cannot be read.
bool read_file(const char* name, std::string& out) {
  std::FILE* in = std::fopen(name, "rb");
  if (!in) return false;
  std::fseek(in, 0, SEEK_END);
  const long size = std::ftell(in);
  std::fseek(in, 0, SEEK_SET);
  out.resize(size > 0 ? static_cast<std::size_t>(size) : 0);
  const bool ok = std::fread(out.data(), 1, out.size(), in) == out.size();
  std::fclose(in);
  return ok;
}
}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: claims_bench OPERATION FILE [REPEAT [PAYLOAD]]\n");
    return 2;
  }
  const int repeat = argc > 3 ? std::stoi(argv[3]) : 1;
  const long baseline = peak_rss_kb();
  std::string request, payload;
  const bool with_payload = argc > 4;
  for (auto [name, into] : {std::pair{argv[2], &request}, std::pair{with_payload ? argv[4] : nullptr, &payload}}) {
    if (name && !read_file(name, *into)) {
      std::fprintf(stderr, "claims_bench: cannot read %s\n", name);
      return 2;
    }
  }
  std::string response;
  const std::clock_t cpu_start = std::clock();
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < repeat; ++i) {
    response = with_payload ? claims::dispatch(argv[1], request, payload)
                            : claims::dispatch(argv[1], request);
  }
  const auto stop = std::chrono::steady_clock::now();
  const std::clock_t cpu_stop = std::clock();
  const long long nanos =
      std::chrono::duration_cast<std::chrono::nanoseconds>(stop - start).count() / repeat;
  // Processor time resists a busy machine better than wall time (the resource tests
  // compare two runs by ratio).
  const long long cpu_nanos =
      static_cast<long long>(double(cpu_stop - cpu_start) * 1e9 / CLOCKS_PER_SEC) / repeat;
  const bool ok = response.rfind("{\"ok\":true", 0) == 0;
  std::printf("{\"nanos_per_run\":%lld,\"cpu_nanos_per_run\":%lld,\"peak_rss_kb\":%ld,"
              "\"baseline_rss_kb\":%ld,\"request_bytes\":%zu,\"response_bytes\":%zu,"
              "\"ok\":%s",
              nanos, cpu_nanos, peak_rss_kb(), baseline, request.size() + payload.size(), response.size(),
              ok ? "true" : "false");
  // A short response is itself a JSON value: handed back whole for the caller to compare.
  if (response.size() <= 4096) std::printf(",\"response\":%s", response.c_str());
  std::printf("}\n");
  if (!ok) std::fprintf(stderr, "%.400s\n", response.c_str());
  return 0;
}
