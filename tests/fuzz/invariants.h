// What must hold for ANY input, shared by the libFuzzer targets (which trap when a check
// fails) and by tests/unit/fuzz_regressions_test.cpp (which replays every input the
// fuzzers ever crashed on, in the normal native and WASM test runs).
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "claims/dispatch.h"
#include "base/json.h"
#include "values/calendar.h"
#include "values/money.h"
#include "formats/base64.h"
#include "formats/csv_reader.h"
#include "formats/csv_writer.h"
#include "formats/json_fast_parse.h"
#include "operations/operations.h"

namespace claims::fuzz {

inline constexpr const char* kOperations[] = {
    "validate_claims",      "compute_payout",       "compute_lifecycle",
    "preview_resolution",   "apply_adjustments",    "import_claims_csv",
    "export_decisions_csv", "import_decisions_csv", "sniff_media_type",
    "build_package",        "check_package",        "review_queue",
    "simulate_rules",       "export_network_csv",   "select_members"};

// An operation's streamed path (validate_claims, import_claims_csv), when it answers,
// gives the general path's bytes.
inline bool streamed_matches_general(std::string_view op, std::string_view request) {
  const std::optional<std::string> streamed = dispatch_streamed(op, request);
  return !streamed || *streamed == dispatch_general(op, request);
}

// An operation that takes a payload (claims/dispatch.h) answers a request whose csv is a
// string as it answers the rest of the request with that csv beside it.
inline bool payload_matches_member(std::string_view op, std::string_view request,
                                   const std::string& answer) {
  if (op != "import_claims_csv" && op != "import_decisions_csv") return true;
  Json parsed = Json::parse(request, nullptr, /*allow_exceptions=*/false);
  if (!parsed.is_object() || !parsed.contains("csv") || !parsed["csv"].is_string()) return true;
  // The DOM keeps the last of repeated keys, and writes the rest without the others.
  const std::string csv = parsed["csv"].get<std::string>();
  parsed.erase("csv");
  const std::string rest = parsed.dump();
  // A number the DOM cannot write back (1e400 becomes null) changes the request: skip it.
  if (Json::parse(rest, nullptr, false) != parsed) return true;
  return dispatch(op, rest, csv) == answer;
}

// The first byte picks the operation; the rest is the request text. The answer is always
// an envelope with a boolean "ok" and either "result" (with "issues") or "error"; the
// streamed path, when it answers, answers as the general path does; and the payload form
// as the request with its csv inside.
inline bool dispatch_answers(std::string_view input) {
  if (input.empty()) return true;
  const char* op = kOperations[static_cast<unsigned char>(input[0]) %
                               (sizeof(kOperations) / sizeof(kOperations[0]))];
  if (!streamed_matches_general(op, input.substr(1))) return false;
  const std::string out = dispatch(op, input.substr(1));
  if (!payload_matches_member(op, input.substr(1), out)) return false;
  const auto j = Json::parse(out, nullptr, false);
  if (j.is_discarded() || !j.is_object() || !j.contains("ok") || !j["ok"].is_boolean())
    return false;
  if (j["ok"].get<bool>()) return j.contains("result") && j["result"].contains("issues");
  return j.contains("error") && j["error"].contains("code");
}

// check_package on a manifest generated from a small input, so that the fuzzer reaches the
// limits of spec section 10 step 2 (65 levels, 1,000,001 items, millions of values)
// from a few bytes: input = 2 bytes of repeat count n (times 17, up to ~1.1 million), then
// prefix \x01 unit \x01 suffix; the manifest is prefix + unit x n + suffix (at most 8 MiB).
// The manifest's text is the request's only string, any bytes made UTF-8.
inline std::string generated_manifest(std::string_view input) {
  if (input.size() < 2) return std::string(input);
  const std::size_t n = ((static_cast<unsigned char>(input[0]) << 8) |
                         static_cast<unsigned char>(input[1])) * std::size_t(17);
  std::string_view rest = input.substr(2);
  const std::size_t a = rest.find('\x01');
  const std::size_t b = a == std::string_view::npos ? a : rest.find('\x01', a + 1);
  if (b == std::string_view::npos) return std::string(rest);
  const std::string_view unit = rest.substr(a + 1, b - a - 1);
  if (unit.size() * n > (std::size_t(8) << 20)) return std::string(rest.substr(0, a));
  std::string out(rest.substr(0, a));
  out.reserve(out.size() + unit.size() * n + rest.size() - b);
  for (std::size_t i = 0; i < n; ++i) out.append(unit);
  out.append(rest.substr(b + 1));
  return out;
}

// The deepest nesting of a parsed value (a scalar is 0) and its longest array.
inline void json_extent(const Json& v, int depth, int& max_depth, std::size_t& max_items) {
  if (!v.is_structured()) return;
  if (depth + 1 > max_depth) max_depth = depth + 1;
  if (v.is_array() && v.size() > max_items) max_items = v.size();
  for (const Json& item : v) json_extent(item, depth + 1, max_depth, max_items);
}

// The answer is a result (never ok:false, never a crash); package.too_large at /manifest
// leaves nothing else checked; a manifest that was read (not too large) is within the
// limits once parsed: 64 levels at most, no array over 1,000,000 items.
inline bool check_package_answers(std::string_view input) {
  const std::string manifest = generated_manifest(input);
  Json request = {{"manifest", manifest}, {"entries", Json::array()}, {"unpacked_bytes", 0}};
  const std::string text = request.dump(-1, ' ', false, Json::error_handler_t::replace);
  const Json out = Json::parse(dispatch("check_package", text), nullptr, false);
  if (!out.is_object() || out.value("ok", false) != true) return false;
  const Json& r = out["result"];
  const Json& issues = r["issues"];
  const bool too_large = !issues.empty() && issues[0]["code"] == "package.too_large";
  if (too_large) {
    return issues.size() == 1 && issues[0]["path"] == "/manifest" && r["package"].is_null() &&
           r["claims"] == Json::array() && r["proofs"] == Json::array();
  }
  const Json parsed = Json::parse(Json::parse(text)["manifest"].get<std::string>(), nullptr, false);
  if (parsed.is_discarded()) return true;
  int depth = 0;
  std::size_t items = 0;
  json_extent(parsed, 0, depth, items);
  return depth <= 64 && items <= 1000000;
}

// Whatever parses formats back to a text that parses to the same minor units, in range.
inline bool money_round_trips(std::string_view text) {
  for (int decimals : {0, 2, 3}) {
    const auto parsed = parse_amount(text, decimals);
    if (parsed.error != AmountError::none) continue;
    if (parsed.minor > kMaxMinorUnits || parsed.minor < -kMaxMinorUnits) return false;
    const auto again = parse_amount(format_minor(parsed.minor, decimals), decimals);
    if (again.error != AmountError::none || again.minor != parsed.minor) return false;
  }
  return true;
}

// A date that parses writes back as the same text; a day forward and back is itself.
inline bool date_round_trips(std::string_view text) {
  const auto d = parse_date(text);
  if (!d) return true;
  return d->iso() == text && ((*d + Days{1}) - Days{1}) == *d;
}

// Whatever decodes encodes back to the same text, padding aside (the decoder refuses
// non-canonical input).
inline bool base64_round_trips(std::string_view text) {
  const auto decoded = base64_decode(text);
  if (!decoded) return true;
  static const char* alphabet =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string encoded;
  unsigned buffer = 0;
  int bits = 0;
  for (unsigned char c : *decoded) {
    buffer = (buffer << 8) | c;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      encoded += alphabet[(buffer >> bits) & 63];
    }
  }
  if (bits > 0) encoded += alphabet[(buffer << (6 - bits)) & 63];
  while (!text.empty() && text.back() == '=') text.remove_suffix(1);
  return encoded == text;
}

// The CSV reader terminates on any text, line numbers never go back, and every well-formed
// record it reads, written again by CsvWriter under a header with the same delimiter,
// reads back to the same fields.
inline bool csv_round_trips(std::string_view text) {
  CsvReader reader(text);
  std::vector<std::vector<std::string>> records;
  CsvRecord record;
  std::size_t last_line = 0;
  bool well_formed = true;
  for (std::size_t guard = 0; guard <= text.size() + 1; ++guard) {
    const CsvStatus status = reader.next(record);
    if (status == CsvStatus::end) break;
    if (status == CsvStatus::unterminated_quote) { well_formed = false; break; }
    if (record.line < last_line || record.fields.empty()) return false;
    last_line = record.line;
    if (record.text_after_quote) well_formed = false;
    records.emplace_back(record.fields.begin(), record.fields.end());
    if (guard == text.size() + 1) return false;  // more records than bytes: no progress
  }
  if (!well_formed) return true;
  CsvWriter writer(reader.delimiter());
  writer.plain("h1");
  writer.plain("h2");
  writer.end_row();
  std::vector<const std::vector<std::string>*> expected;
  for (const auto& fields : records) {
    // A record of one empty field writes as a blank line, which readers skip.
    if (fields.size() == 1 && fields[0].empty()) continue;
    for (const auto& f : fields) writer.plain(f);
    writer.end_row();
    expected.push_back(&fields);
  }
  CsvReader again(writer.str());
  if (again.delimiter() != reader.delimiter()) return false;
  if (again.next(record) != CsvStatus::record) return false;  // the header
  for (const auto* fields : expected) {
    if (again.next(record) != CsvStatus::record || record.text_after_quote) return false;
    if (record.fields.size() != fields->size()) return false;
    for (std::size_t i = 0; i < fields->size(); ++i)
      if (record.fields[i] != (*fields)[i]) return false;
  }
  return again.next(record) == CsvStatus::end;
}

// The fast claim parser is an optimisation of nlohmann's: whatever it accepts, nlohmann
// accepts too, with the same value, and parsing into a reused value (as the streaming
// validate_claims does) gives that value again.
inline bool fast_parse_agrees(std::string_view text) {
  static Json reused;  // carries nodes over from earlier inputs, as in production
  Json fresh;
  const bool fast = parse_json_fast(text, fresh);
  const bool fast_reused = parse_json_fast(text, reused);
  if (fast != fast_reused) return false;
  if (!fast) return true;
  const Json reference = Json::parse(text, nullptr, false);
  if (reference.is_discarded()) return false;
  return fresh == reference && reused == reference && fresh.dump() == reference.dump();
}

}  // namespace claims::fuzz
