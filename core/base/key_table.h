// The first use of each key in a long list: claim ids and (advertiser, order) pairs seen
// so far, for the duplicate rules over a million claims. An open-addressing table whose
// slots point into one arena of records (the key's length, its bytes, its value): no
// allocation per key, about 16 bytes of slots and 5 + length bytes of arena per key,
// where a std::unordered_map<std::string, ...> node and its bucket take about 70 and cost
// a free() each at the end (issue 11: these tables were 13 % of an import's time and a
// quarter of its peak memory).
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
  // Room for `keys` keys (of about `key_bytes` bytes each) without growing.
  void reserve(std::size_t keys, std::size_t key_bytes = 16);

  // Adds `key` with `value` when it is new: {value, true}; else {the value it was added
  // with, false}. Values are below 2^32 (ordinals of claims).
  std::pair<std::uint32_t, bool> try_emplace(std::string_view key, std::uint32_t value);

  std::size_t size() const { return size_; }

 private:
  void grow(std::size_t slots);
  // The record at `offset`: its key, and where its value is.
  std::string_view key_at(std::size_t offset, std::size_t* value_at = nullptr) const;

  // Each slot: 0 when empty, else (the key's hash's high 32 bits << 32) | (record offset
  // + 1), so that most probes settle without reading the arena.
  std::vector<std::uint64_t> slots_;
  // Records: the key's length as a base-128 varint, the key, the value (4 bytes).
  std::string arena_;
  std::size_t size_ = 0;
};

}  // namespace claims
