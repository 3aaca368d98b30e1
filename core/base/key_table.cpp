#include "base/key_table.h"

#include <cstring>
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

constexpr std::uint64_t kTagMask = 0xffffffff00000000ull;
constexpr std::uint64_t kOffsetMask = 0xffffffffull;
}  // namespace

void KeyTable::reserve(std::size_t keys, std::size_t key_bytes) {
  arena_.reserve(keys * (key_bytes + 5));
  if (slots_for(keys) > slots_.size()) grow(slots_for(keys));
}

std::string_view KeyTable::key_at(std::size_t offset, std::size_t* value_at) const {
  std::size_t length = 0;
  unsigned shift = 0;
  std::size_t i = offset;
  for (;; shift += 7) {
    const auto byte = static_cast<unsigned char>(arena_[i++]);
    length |= static_cast<std::size_t>(byte & 0x7f) << shift;
    if (!(byte & 0x80)) break;
  }
  if (value_at) *value_at = i + length;
  return {arena_.data() + i, length};
}

void KeyTable::grow(std::size_t slots) {
  std::vector<std::uint64_t> old;
  old.swap(slots_);
  slots_.assign(slots, 0);
  const std::size_t mask = slots - 1;
  for (const std::uint64_t s : old) {
    if (!s) continue;
    for (std::size_t i = hash_of(key_at((s & kOffsetMask) - 1)) & mask;; i = (i + 1) & mask) {
      if (!slots_[i]) {
        slots_[i] = s;
        break;
      }
    }
  }
}

std::pair<std::uint32_t, bool> KeyTable::try_emplace(std::string_view key, std::uint32_t value) {
  if (slots_.empty() || (size_ + 1) * 2 > slots_.size()) grow(slots_for(size_ + 1));
  const std::uint64_t h = hash_of(key);
  const std::uint64_t tag = h & kTagMask;
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = h & mask;; i = (i + 1) & mask) {
    const std::uint64_t s = slots_[i];
    if (!s) {
      // Offsets must fit the slot's low 32 bits: a request holds at most 256 MiB, so the
      // keys it can name stay far below 4 GiB.
      if (arena_.size() + key.size() + 16 >= kOffsetMask) throw std::length_error("KeyTable is full");
      slots_[i] = tag | (arena_.size() + 1);
      for (std::size_t n = key.size(); ; n >>= 7) {
        arena_ += static_cast<char>((n & 0x7f) | (n >= 0x80 ? 0x80 : 0));
        if (n < 0x80) break;
      }
      arena_.append(key.data(), key.size());
      char bytes[4];
      std::memcpy(bytes, &value, 4);
      arena_.append(bytes, 4);
      ++size_;
      return {value, true};
    }
    if ((s & kTagMask) != tag) continue;
    std::size_t value_at = 0;
    if (key_at((s & kOffsetMask) - 1, &value_at) == key) {
      std::uint32_t first;
      std::memcpy(&first, arena_.data() + value_at, 4);
      return {first, false};
    }
  }
}

}  // namespace claims
