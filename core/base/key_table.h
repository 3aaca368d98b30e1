// The first use of each key in a long list: claim ids and (advertiser, order) pairs seen
// so far, for the duplicate rules over a million claims. An open-addressing table of
// indices into one arena of key bytes: no allocation per key, and about 40 bytes per key
// instead of the ~70 of a std::unordered_map<std::string, ...> node and its bucket, which
// also costs a free() per key at the end (issue 11: these tables were 13 % of an import's
// time and a third of its memory beyond the file and the response).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace claims {

class KeyTable {
 public:
  // Room for `keys` keys without growing.
  void reserve(std::size_t keys);

  // Adds `key` with `value` when it is new: {value, true}; else {the value it was added
  // with, false}.
  std::pair<std::size_t, bool> try_emplace(std::string_view key, std::size_t value);

  std::size_t size() const { return entries_.size(); }

 private:
  struct Entry {
    std::size_t offset;  // into arena_
    std::size_t length;
    std::size_t value;
  };

  void grow(std::size_t slots);
  std::string_view key_of(const Entry& e) const { return {arena_.data() + e.offset, e.length}; }

  // Each slot: 0 when empty, else (the key's hash's high 32 bits << 32) | (entry index + 1),
  // so that most probes settle without reading the entry or the key.
  std::vector<std::uint64_t> slots_;
  std::vector<Entry> entries_;
  std::string arena_;
};

}  // namespace claims
