#include "formats/json_fast_parse.h"

#include <cstdint>
#include <string>

#include "base/text.h"
#include "formats/json_escapes.h"

namespace claims {

namespace {

// Deeper documents are declined (dispatch rejects nesting over 64 before parsing).
constexpr int kMaxDepth = 64;
// Objects with more members are declined: finding a repeated key costs O(members) each.
constexpr std::size_t kMaxMembers = 64;

class FastParser {
 public:
  explicit FastParser(std::string_view s) : p_(s.data()), end_(s.data() + s.size()) {}

  bool document(Json& out) {
    skip_space();
    if (!value(out, 0)) return false;
    skip_space();
    return p_ == end_;
  }

 private:
  void skip_space() {
    while (p_ != end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
  }

  bool literal(std::string_view word) {
    if (static_cast<std::size_t>(end_ - p_) < word.size() ||
        std::string_view(p_, word.size()) != word)
      return false;
    p_ += word.size();
    return true;
  }

  // Every node is parsed into the node already there when it has the same type, so that
  // parsing claim after claim into one Json reuses its strings, member lists and item
  // lists: after the first claim, a claim of the usual shape costs no allocation.
  bool value(Json& out, int depth) {
    if (p_ == end_) return false;
    switch (*p_) {
      case '{': return object(out, depth + 1);
      case '[': return array(out, depth + 1);
      case '"': {
        if (!out.is_string()) out = std::string();
        std::string& s = out.get_ref<std::string&>();
        s.clear();
        return string(s);
      }
      case 't': out = true; return literal("true");
      case 'f': out = false; return literal("false");
      case 'n': out = nullptr; return literal("null");
      default: return integer(out);
    }
  }

  bool object(Json& out, int depth) {
    if (depth > kMaxDepth) return false;
    ++p_;  // {
    if (!out.is_object()) out = Json::object();
    // ordered_map is a vector of (const key, value): members are kept while the keys
    // match the previous document's, and the rest is dropped from the first difference.
    std::vector<Json::object_t::value_type>& members = out.get_ref<Json::object_t&>();
    std::size_t count = 0;
    if (closes_at_once('}')) {
      members.clear();
      return true;
    }
    while (true) {
      if (p_ == end_ || *p_ != '"') return false;
      key_.clear();
      if (!string(key_)) return false;
      skip_space();
      if (p_ == end_ || *p_ != ':') return false;
      ++p_;
      skip_space();
      // Keys of an earlier member never equal members[count]'s key (no document has a
      // key twice), so only a new key needs the repeated-key check.
      if (count >= members.size() || members[count].first != key_) {
        // Large objects are parse_json()'s: the repeated-key search below is linear.
        if (count >= kMaxMembers) return false;
        while (members.size() > count) members.pop_back();
        for (std::size_t i = 0; i < count; ++i)
          if (members[i].first == key_) return false;  // repeated key: nlohmann's rule
        members.emplace_back(key_, Json());
      }
      if (!value(members[count].second, depth)) return false;
      ++count;
      const Next next = after_element('}');
      if (next == Next::end) {
        while (members.size() > count) members.pop_back();
        return true;
      }
      if (next == Next::bad) return false;
    }
  }

  bool array(Json& out, int depth) {
    if (depth > kMaxDepth) return false;
    ++p_;  // [
    if (!out.is_array()) out = Json::array();
    auto& items = out.get_ref<Json::array_t&>();
    std::size_t count = 0;
    if (closes_at_once(']')) {
      items.clear();
      return true;
    }
    while (true) {
      if (count == items.size()) items.emplace_back();
      if (!value(items[count], depth)) return false;
      ++count;
      const Next next = after_element(']');
      if (next == Next::end) {
        items.resize(count);
        return true;
      }
      if (next == Next::bad) return false;
    }
  }

  // Just after `{` or `[`: skips white space, and consumes `close` when the object or
  // array is empty.
  bool closes_at_once(char close) {
    skip_space();
    if (p_ == end_ || *p_ != close) return false;
    ++p_;
    return true;
  }

  // After an element of an object or array: a comma and the next element (`more`), the
  // closing `close` (`end`, consumed), or anything else (`bad`).
  enum class Next { more, end, bad };
  Next after_element(char close) {
    skip_space();
    if (p_ == end_) return Next::bad;
    if (*p_ == close) {
      ++p_;
      return Next::end;
    }
    if (*p_ != ',') return Next::bad;
    ++p_;
    skip_space();
    return Next::more;
  }

  // A plain integer: nlohmann stores a non-negative one as unsigned, a negative one
  // ("-0" included) as signed. Fractions, exponents and out-of-range values are declined.
  bool integer(Json& out) {
    const bool negative = *p_ == '-';
    const char* q = negative ? p_ + 1 : p_;
    if (q == end_ || *q < '0' || *q > '9') return false;
    if (*q == '0' && q + 1 != end_ && q[1] >= '0' && q[1] <= '9') return false;
    std::uint64_t n = 0;
    for (; q != end_ && *q >= '0' && *q <= '9'; ++q) {
      const auto digit = static_cast<std::uint64_t>(*q - '0');
      if (n > (UINT64_MAX - digit) / 10) return false;
      n = n * 10 + digit;
    }
    if (q != end_ && (*q == '.' || *q == 'e' || *q == 'E')) return false;
    if (negative) {
      if (n > static_cast<std::uint64_t>(INT64_MAX)) return false;  // INT64_MIN declined too
      out = static_cast<Json::number_integer_t>(-static_cast<std::int64_t>(n));
    } else {
      out = static_cast<Json::number_unsigned_t>(n);
    }
    p_ = q;
    return true;
  }

  static int hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }

  bool hex4(unsigned& out) {
    if (end_ - p_ < 4) return false;
    out = 0;
    for (int i = 0; i < 4; ++i) {
      const int h = hex(p_[i]);
      if (h < 0) return false;
      out = out * 16 + static_cast<unsigned>(h);
    }
    p_ += 4;
    return true;
  }

  static void append_utf8(std::string& out, unsigned cp) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }

  // Length of the well-formed UTF-8 sequence at p_, 0 when it is not one.
  std::size_t utf8_length() const {
    return utf8_sequence_length(std::string_view(p_, static_cast<std::size_t>(end_ - p_)), 0);
  }

  // p_ at the opening quote; appends the unescaped content to `out`.
  bool string(std::string& out) {
    ++p_;
    while (true) {
      // Copy a run of plain ASCII at once.
      const char* run = p_;
      while (p_ != end_) {
        const auto c = static_cast<unsigned char>(*p_);
        if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80) break;
        ++p_;
      }
      out.append(run, static_cast<std::size_t>(p_ - run));
      if (p_ == end_) return false;
      const auto c = static_cast<unsigned char>(*p_);
      if (c == '"') {
        ++p_;
        return true;
      }
      if (c < 0x20) return false;  // raw control characters are not JSON
      if (c >= 0x80) {
        const std::size_t n = utf8_length();
        if (n == 0) return false;
        out.append(p_, n);
        p_ += n;
        continue;
      }
      // A backslash escape.
      if (end_ - p_ < 2) return false;
      const char e = p_[1];
      p_ += 2;
      if (const char unescaped = json_unescaped(e)) {
        out += unescaped;
        continue;
      }
      if (e != 'u') return false;
      unsigned cp = 0;
      if (!hex4(cp)) return false;
      if (cp >= 0xDC00 && cp <= 0xDFFF) return false;  // a lone low surrogate
      if (cp >= 0xD800 && cp <= 0xDBFF) {
        unsigned low = 0;
        if (end_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u') return false;
        p_ += 2;
        if (!hex4(low) || low < 0xDC00 || low > 0xDFFF) return false;
        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
      }
      append_utf8(out, cp);
    }
  }

  const char* p_;
  const char* end_;
  std::string key_;
};

}  // namespace

bool parse_json_fast(std::string_view text, Json& inout) {
  return FastParser(text).document(inout);
}

}  // namespace claims
