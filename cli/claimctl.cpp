// claimctl OPERATION [FILE|-]: one request JSON in, the response JSON on stdout (spec
// section 3). Exit 0 whenever a response was produced, 2 when input could not be read.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>

#include "claims/dispatch.h"

namespace {
int usage() {
  std::cerr << "usage: claimctl OPERATION [FILE|-]\n"
               "  Reads the request JSON from FILE (or standard input when FILE is - or\n"
               "  absent) and prints the response JSON on one line.\n";
  return 2;
}
}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || argc > 3) return usage();
  const std::string operation = argv[1];
  if (operation == "-h" || operation == "--help") {
    usage();
    return 0;
  }
  std::string request;
  const std::string source = argc == 3 ? argv[2] : "-";
  if (source == "-") {
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    if (std::cin.bad()) {
      std::cerr << "claimctl: cannot read standard input\n";
      return 2;
    }
    request = buffer.str();
  } else {
    std::ifstream in(source, std::ios::binary);
    if (!in) {
      std::cerr << "claimctl: cannot open " << source << "\n";
      return 2;
    }
    request.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (in.bad()) {
      std::cerr << "claimctl: cannot read " << source << "\n";
      return 2;
    }
  }
  const std::string response = claims::dispatch(operation, request);
  std::fwrite(response.data(), 1, response.size(), stdout);
  std::fputc('\n', stdout);
  return std::fflush(stdout) == 0 ? 0 : 2;
}
