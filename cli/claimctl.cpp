// claimctl OPERATION [FILE|-]: one request JSON in, the response JSON on stdout (spec
// section 3). Exit 0 whenever a response was produced, 2 when the input could not be read
// or the response could not be written, with a message on stderr; a reader that closed
// the pipe early ends it quietly with exit 0. wasm/claimctl.mjs
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
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <string>
#include <utility>

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

// Grows `text` to hold `capacity` bytes (doubling, but never past `most`), allocating
// exactly that. std::string::reserve on a non-empty string may round up to twice its old
// capacity (libstdc++ does), so a line at 200 MiB reserved to the 256 MiB limit took 400 MiB
// more and failed under a memory cap; a fresh string's reserve allocates what is asked. So
// a text at the limit holds 1.5 x it at most, while it grows.
void grow_for(std::string& text, std::size_t needed, std::size_t most) {
  if (needed <= text.capacity()) return;
  std::string bigger;
  bigger.reserve(std::min(std::max(text.capacity() * 2 + 64, needed), most));
  bigger.append(text);
  text.swap(bigger);
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
    grow_for(out, out.size() + got, limit);
    out.append(chunk, got);
    if (got < want) {
      if (std::ferror(in)) error = errno ? errno : EIO;
      break;
    }
  }
  if (!from_stdin) std::fclose(in);
  return error;
}

// Waits until `fd` is ready for `events`: a non-blocking standard input or output (as
// some process runners and benchmark harnesses give) answers EAGAIN instead of waiting.
void wait_for(int fd, short events) {
  pollfd ready{fd, events, 0};
  while (poll(&ready, 1, -1) < 0 && errno == EINTR) {
  }
}

// Writes all of `bytes` to standard output, waiting when it is full; 0, or the errno of
// the failure.
int write_all(const char* bytes, std::size_t size) {
  while (size > 0) {
    const ssize_t written = ::write(STDOUT_FILENO, bytes, size);
    if (written >= 0) {
      bytes += written;
      size -= static_cast<std::size_t>(written);
    } else if (errno == EAGAIN || errno == EWOULDBLOCK) {
      wait_for(STDOUT_FILENO, POLLOUT);
    } else if (errno != EINTR) {
      return errno;
    }
  }
  return 0;
}

// Writes the response and its newline; 0, or the errno of the failure.
int write_response(std::string response) {
  response.push_back('\n');  // one write per response, as the lines come
  return write_all(response.data(), response.size());
}

// The exit after a failed write. A reader that stopped reading (head, a closed pipe) wants
// no more: a quiet exit 0, as after the last answer; any other failure is exit 2.
int write_failed(int error) {
  if (error == EPIPE) return 0;
  return fail("cannot write the response", error);
}

// Reads up to `size` bytes of `fd` into `into`, waiting when a non-blocking input has
// nothing yet; the count (0 at the end), or -1 with errno set.
ssize_t read_some(int fd, char* into, std::size_t size) {
  for (;;) {
    const ssize_t got = ::read(fd, into, size);
    if (got >= 0) return got;
    if (errno == EAGAIN || errno == EWOULDBLOCK) {
      wait_for(fd, POLLIN);
    } else if (errno != EINTR) {
      return -1;
    }
  }
}

// A line ends at LF; a CR before it is the CRLF convention, not part of the request (a
// JSON text holds no raw CR outside whitespace). The last line needs no LF. A line is kept
// up to claims::kRequestSizeLimit + 2 bytes (a request at the limit and its CR): once it
// is that long it is answered at once (request.too_large) and the rest of it is skipped,
// so no line is ever held whole. Returns the exit code.
int answer_lines(const std::string& operation, int fd, const std::string& source_name) {
  constexpr std::size_t keep = claims::kRequestSizeLimit + 2;
  std::string line;
  bool any = false;       // a line has begun (a last line needs no LF)
  bool skipping = false;  // the rest of a line already answered as too large
  const auto answer = [&]() {
    if (!line.empty() && line.back() == '\r' && line.size() < keep) line.pop_back();
    const int error = write_response(claims::dispatch(operation, line));
    line.clear();
    return error;
  };
  // Appends a piece of the current line, never past `keep`; 0, or a write's errno.
  const auto add = [&](const char* piece, std::size_t size) {
    any = any || size > 0;
    if (skipping || size == 0) return 0;
    size = std::min(size, keep - line.size());
    grow_for(line, line.size() + size, keep);
    line.append(piece, size);
    if (line.size() < keep) return 0;
    skipping = true;
    return answer();
  };
  static char chunk[1 << 16];
  for (;;) {
    const ssize_t got = read_some(fd, chunk, sizeof chunk);
    if (got < 0) return fail("cannot read " + source_name, errno);
    if (got == 0) break;
    const char* at = chunk;
    const char* const end = chunk + got;
    while (at < end) {
      const char* lf = static_cast<const char*>(std::memchr(at, '\n', end - at));
      if (const int error = add(at, (lf ? lf : end) - at)) return write_failed(error);
      if (!lf) break;
      if (!skipping)
        if (const int error = answer()) return write_failed(error);
      skipping = false;
      any = false;
      at = lf + 1;
    }
  }
  if (any && !skipping)
    if (const int error = answer()) return write_failed(error);
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
  // A closed pipe is a write's EPIPE (write_failed), not a death by signal.
  std::signal(SIGPIPE, SIG_IGN);
  if (lines) {
    const std::string source_name = source == "-" ? "standard input" : source;
    const int fd = source == "-" ? STDIN_FILENO : ::open(source.c_str(), O_RDONLY);
    if (fd < 0) return fail("cannot read " + source_name, errno);
    struct stat info {};
    if (fstat(fd, &info) == 0 && S_ISDIR(info.st_mode)) return fail("cannot read " + source_name, EISDIR);
    return answer_lines(operation, fd, source_name);
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
  std::string response =
      csv ? claims::dispatch(operation, request, payload) : claims::dispatch(operation, request);
  if (const int error = write_response(std::move(response))) return write_failed(error);
  return 0;
}
