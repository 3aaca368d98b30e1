// claimctl OPERATION [FILE|-]: one request JSON in, the response JSON on stdout (spec
// section 3). Exit 0 whenever a response was produced, 2 when the input could not be read
// or the response could not be written, with a message on stderr. wasm/claimctl.mjs
// behaves the same, message for message.
//
// claimctl --lines OPERATION [FILE|-]: one request per input line, one response per
// output line, in order, each flushed as soon as it is written, so the core can sit in a
// pipeline or under a distributed engine's pipe operator (Spark's RDD.pipe, a Beam or
// Flink process step). Every line gets a response, an empty or malformed one its error
// envelope, so output line N always answers input line N.
//
// claimctl --csv CSV OPERATION [FILE|-]: the file CSV's bytes go to the core as they are,
// beside the request (dispatch()'s payload, for import_claims_csv and
// import_decisions_csv), instead of escaped inside it as its "csv" member.
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <string>

#include "claims/dispatch.h"

namespace {

int usage() {
  std::fputs(
      "usage: claimctl OPERATION [FILE|-]\n"
      "       claimctl --lines OPERATION [FILE|-]\n"
      "       claimctl --csv CSV OPERATION [FILE|-]\n"
      "  Reads the request JSON from FILE (or standard input when FILE is - or\n"
      "  absent) and prints the response JSON on one line. With --lines, each\n"
      "  input line is one request and gets one response line, in order. With\n"
      "  --csv, the file CSV is the request's csv, read as it is.\n",
      stderr);
  return 2;
}

// The reason of a failed read or write in the same words as wasm/claimctl.mjs, so both
// CLIs print the same line.
std::string reason(int error) {
  switch (error) {
    case ENOENT: return "no such file or directory";
    case EACCES: return "permission denied";
    case EISDIR: return "is a directory";
    case ENOSPC: return "no space left on device";
    case EPIPE: return "broken pipe";
    default: return std::strerror(error);
  }
}

int fail(const std::string& what, int error) {
  std::fprintf(stderr, "claimctl: %s: %s\n", what.c_str(), reason(error).c_str());
  return 2;
}

// Reads the request (or the CSV) from `source` ("-": standard input) into `out`, stopping after
// claims::kRequestSizeLimit + 1 bytes: a larger input is never read whole, and what was
// read is enough for dispatch() to answer request.too_large. Returns 0, or the errno of
// the failure.
int read_request(const std::string& source, std::string& out) {
  const bool from_stdin = source == "-";
  std::FILE* in = from_stdin ? stdin : std::fopen(source.c_str(), "rb");
  if (!in) return errno;
  constexpr std::size_t limit = claims::kRequestSizeLimit + 1;
  // A regular file tells its size: one allocation instead of doubling up to the limit.
  struct stat info {};
  if (fstat(fileno(in), &info) == 0) {
    if (S_ISDIR(info.st_mode)) {
      if (!from_stdin) std::fclose(in);
      return EISDIR;
    }
    if (S_ISREG(info.st_mode) && info.st_size > 0)
      out.reserve(std::min(static_cast<std::size_t>(info.st_size), limit));
  }
  char chunk[1 << 16];
  int error = 0;
  while (out.size() < limit) {
    const std::size_t want = std::min(sizeof chunk, limit - out.size());
    const std::size_t got = std::fread(chunk, 1, want, in);
    // Doubling, but never past the limit: a stream at the limit holds 1.5 x it at most.
    if (out.size() + got > out.capacity())
      out.reserve(std::min(std::max(out.capacity() * 2, out.size() + got), limit));
    out.append(chunk, got);
    if (got < want) {
      if (std::ferror(in)) error = errno ? errno : EIO;
      break;
    }
  }
  if (!from_stdin) std::fclose(in);
  return error;
}

// Writes the response and its newline; 0, or the errno of the failure.
int write_response(const std::string& response) {
  errno = 0;
  if (std::fwrite(response.data(), 1, response.size(), stdout) != response.size() ||
      std::fputc('\n', stdout) == EOF || std::fflush(stdout) != 0)
    return errno ? errno : EIO;
  return 0;
}

// A line ends at LF; a CR before it is the CRLF convention, not part of the request (a
// JSON text holds no raw CR outside whitespace). The last line needs no LF. A line is kept
// up to claims::kRequestSizeLimit + 1 bytes: once it is that long it is answered at once
// (request.too_large) and the rest of it is skipped, so no line is ever held whole.
int answer_lines(const std::string& operation, std::istream& in) {
  std::ios::sync_with_stdio(false);  // buffered reads; lines still come as they arrive
  constexpr std::size_t limit = claims::kRequestSizeLimit + 1;
  std::streambuf& bytes = *in.rdbuf();
  std::string line;
  bool any = false;       // a line has begun (a last line needs no LF)
  bool skipping = false;  // the rest of a line already answered as too large
  const auto answer = [&]() {
    if (!line.empty() && line.back() == '\r' && line.size() < limit) line.pop_back();
    const int error = write_response(claims::dispatch(operation, line));
    line.clear();
    return error;
  };
  for (int c = bytes.sbumpc(); c != std::char_traits<char>::eof(); c = bytes.sbumpc()) {
    if (c == '\n') {
      if (!skipping)
        if (const int error = answer()) return fail("cannot write the response", error);
      skipping = false;
      any = false;
      continue;
    }
    any = true;
    if (skipping) continue;
    // Doubling, but never past the limit (as read_request): a line at the limit holds
    // 1.5 x it at most.
    if (line.size() == line.capacity()) line.reserve(std::min(line.capacity() * 2 + 64, limit));
    line.push_back(static_cast<char>(c));
    if (line.size() == limit) {
      if (const int error = answer()) return fail("cannot write the response", error);
      skipping = true;
    }
  }
  if (any && !skipping)
    if (const int error = answer()) return fail("cannot write the response", error);
  if (in.bad()) {
    std::cerr << "claimctl: cannot read the input\n";
    return 2;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const bool lines = argc >= 2 && std::string(argv[1]) == "--lines";
  const bool csv = argc >= 3 && std::string(argv[1]) == "--csv";
  const int first = lines ? 2 : csv ? 3 : 1;
  if (argc < first + 1 || argc > first + 2) return usage();
  const std::string operation = argv[first];
  if (operation == "-h" || operation == "--help") {
    usage();
    return 0;
  }
  const std::string source = argc == first + 2 ? argv[first + 1] : "-";
  if (lines) {
    std::ifstream file;
    if (source != "-") {
      file.open(source, std::ios::binary);
      if (!file) return fail("cannot read " + source, errno ? errno : ENOENT);
    }
    return answer_lines(operation, source == "-" ? std::cin : file);
  }
  std::string payload;
  if (csv) {
    const std::string file = argv[2];
    if (file == "-") return usage();  // standard input is the request's
    if (const int error = read_request(file, payload)) return fail("cannot read " + file, error);
  }
  std::string request;
  if (const int error = read_request(source, request))
    return fail(source == "-" ? "cannot read standard input" : "cannot read " + source, error);
  const std::string response =
      csv ? claims::dispatch(operation, request, payload) : claims::dispatch(operation, request);
  if (const int error = write_response(response))
    return fail("cannot write the response", error);
  return 0;
}
