#include "base/key_table.h"

#include <functional>
#include <stdexcept>

namespace claims {

namespace {
std::uint64_t hash_of(std::string_view key) {
  // std::hash is 32 bits wide on WASM: spread it so that both halves of the 64 bits vary.
  std::uint64_t h = static_cast<std::uint64_t>(std::hash<std::string_view>()(key));
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 33;
  return h;
}

// Slots for `keys` keys at a load of at most one half: a power of two.
std::size_t slots_for(std::size_t keys) {
  std::size_t n = 16;
  while (n < keys * 2) n *= 2;
  return n;
}
}  // namespace

void KeyTable::reserve(std::size_t keys) {
  entries_.reserve(keys);
  if (slots_for(keys) > slots_.size()) grow(slots_for(keys));
}

void KeyTable::grow(std::size_t slots) {
  std::vector<std::uint64_t> old;
  old.swap(slots_);
  slots_.assign(slots, 0);
  const std::size_t mask = slots - 1;
  for (const std::uint64_t s : old) {
    if (!s) continue;
    const Entry& e = entries_[(s & 0xffffffffu) - 1];
    for (std::size_t i = hash_of(key_of(e)) & mask;; i = (i + 1) & mask) {
      if (!slots_[i]) {
        slots_[i] = s;
        break;
      }
    }
  }
}

std::pair<std::size_t, bool> KeyTable::try_emplace(std::string_view key, std::size_t value) {
  if (slots_.empty() || (entries_.size() + 1) * 2 > slots_.size())
    grow(slots_for(entries_.size() + 1));
  const std::uint64_t h = hash_of(key);
  const std::uint64_t tag = h & 0xffffffff00000000ull;
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = h & mask;; i = (i + 1) & mask) {
    const std::uint64_t s = slots_[i];
    if (!s) {
      // A request holds at most 256 MiB and 2^32 - 1 entries are far beyond it; the index
      // must fit the slot's low 32 bits all the same.
      if (entries_.size() >= 0xffffffffu) throw std::length_error("KeyTable is full");
      entries_.push_back({arena_.size(), key.size(), value});
      arena_.append(key.data(), key.size());
      slots_[i] = tag | (entries_.size());
      return {value, true};
    }
    if ((s & 0xffffffff00000000ull) != tag) continue;
    const Entry& e = entries_[(s & 0xffffffffu) - 1];
    if (key_of(e) == key) return {e.value, false};
  }
}

}  // namespace claims
