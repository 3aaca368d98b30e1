// claimctl OPERATION [FILE|-]: one request JSON in, the response JSON on stdout (spec
// section 3). Exit 0 whenever a response was produced, 2 when input could not be read.
//
// claimctl --lines OPERATION [FILE|-]: one request per input line, one response per
// output line, in order, each flushed as soon as it is written, so the core can sit in a
// pipeline or under a distributed engine's pipe operator (Spark's RDD.pipe, a Beam or
// Flink process step). Every line gets a response, an empty or malformed one its error
// envelope, so output line N always answers input line N.
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
               "       claimctl --lines OPERATION [FILE|-]\n"
               "  Reads the request JSON from FILE (or standard input when FILE is - or\n"
               "  absent) and prints the response JSON on one line. With --lines, each\n"
               "  input line is one request and gets one response line, in order.\n";
  return 2;
}

bool write_response(const std::string& response) {
  std::fwrite(response.data(), 1, response.size(), stdout);
  std::fputc('\n', stdout);
  return std::fflush(stdout) == 0;
}

// A line ends at LF; a CR before it is the CRLF convention, not part of the request (a
// JSON text holds no raw CR outside whitespace). The last line needs no LF.
int answer_lines(const std::string& operation, std::istream& in) {
  std::ios::sync_with_stdio(false);  // buffered reads; lines still come as they arrive
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!write_response(claims::dispatch(operation, line))) return 2;
  }
  if (in.bad()) {
    std::cerr << "claimctl: cannot read the input\n";
    return 2;
  }
  return 0;
}
}  // namespace

int main(int argc, char** argv) {
  const bool lines = argc >= 2 && std::string(argv[1]) == "--lines";
  const int first = lines ? 2 : 1;
  if (argc < first + 1 || argc > first + 2) return usage();
  const std::string operation = argv[first];
  if (operation == "-h" || operation == "--help") {
    usage();
    return 0;
  }
  const std::string source = argc == first + 2 ? argv[first + 1] : "-";
  std::ifstream file;
  if (source != "-") {
    file.open(source, std::ios::binary);
    if (!file) {
      std::cerr << "claimctl: cannot open " << source << "\n";
      return 2;
    }
  }
  std::istream& in = source == "-" ? std::cin : file;
  if (lines) return answer_lines(operation, in);

  std::string request;
  if (source == "-") {
    std::ostringstream buffer;
    buffer << in.rdbuf();
    request = buffer.str();
  } else {
    request.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  if (in.bad()) {
    std::cerr << "claimctl: cannot read " << (source == "-" ? "standard input" : source) << "\n";
    return 2;
  }
  return write_response(claims::dispatch(operation, request)) ? 0 : 2;
}
