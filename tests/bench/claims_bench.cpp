// claims_bench OPERATION FILE [REPEAT]: runs one request through dispatch() REPEAT times
// and prints {"seconds_per_run", "peak_rss_kb", "baseline_rss_kb", "response_bytes", "ok"}
// for scripts/bench. Timing lives here, never in the core or in tests.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

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
}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: claims_bench OPERATION FILE [REPEAT]\n");
    return 2;
  }
  const int repeat = argc > 3 ? std::stoi(argv[3]) : 1;
  const long baseline = peak_rss_kb();
  std::string request;
  {
    std::ifstream in(argv[2], std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "claims_bench: cannot open %s\n", argv[2]);
      return 2;
    }
    request.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  std::string response;
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < repeat; ++i) response = claims::dispatch(argv[1], request);
  const auto stop = std::chrono::steady_clock::now();
  const long long nanos =
      std::chrono::duration_cast<std::chrono::nanoseconds>(stop - start).count() / repeat;
  const bool ok = response.rfind("{\"ok\":true", 0) == 0;
  std::printf("{\"nanos_per_run\":%lld,\"peak_rss_kb\":%ld,\"baseline_rss_kb\":%ld,"
              "\"request_bytes\":%zu,\"response_bytes\":%zu,\"ok\":%s}\n",
              nanos, peak_rss_kb(), baseline, request.size(), response.size(),
              ok ? "true" : "false");
  if (!ok) std::fprintf(stderr, "%.400s\n", response.c_str());
  return 0;
}
