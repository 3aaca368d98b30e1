#include "formats/json_parse.h"

#include <memory>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

#include "base/text.h"

namespace claims {

namespace {

// Objects up to this many members find a repeated key by looking at each; larger ones get
// a hash index (a linear search is faster for the small objects of every request).
constexpr std::size_t kLinearKeySearch = 16;

// Records nlohmann's parse error and words it for a person; the handlers below build
// from the other events, or nothing.
class ErrorRecorder : public nlohmann::json_sax<Json> {
 public:
  bool parse_error(std::size_t position, const std::string& last_token,
                   const nlohmann::detail::exception& ex) override {
    // Only what the message shows is kept: the token may be the rest of a 256 MiB text.
    position_ = position;
    token_size_ = last_token.size();
    token_ = last_token.substr(0, kKeptTokenBytes);
    id_ = ex.id;
    if (id_ != 406) what_ = without_long_token(ex.what());
    return false;
  }

  // The failure in words: nlohmann's sentence without its "[json.exception...]" prefix,
  // its position added when it has none, and the token it echoes cut to 64 characters.
  std::string error_message(std::string_view text) const {
    if (id_ == 406) {  // number overflow: nlohmann names no position
      const std::size_t end = position_ < text.size() ? position_ : text.size();
      const std::size_t start = end >= token_size_ ? end - token_size_ : 0;
      std::size_t line = 1, line_start = 0;
      for (std::size_t i = 0; i < start; ++i)
        if (text[i] == '\n') {
          ++line;
          line_start = i + 1;
        }
      return "parse error at line " + std::to_string(line) + ", column " +
             std::to_string(start - line_start + 1) +
             ": number out of range (at most about 1.8e308); last read: '" + cut_text(token_) +
             "'";
    }
    const auto at = what_.find("parse error");
    return at == std::string::npos ? what_ : what_.substr(at);
  }

  // True when the text is only cut short: a valid JSON text's beginning, the parser
  // asking for more at its end.
  bool only_cut_short() const {
    return id_ == 101 && what_.find("unexpected end of input") != std::string::npos;
  }

 private:
  // Enough bytes of a token for cut_text()'s 64 scalars and its "...".
  static constexpr std::size_t kKeptTokenBytes = 4 * kMaxQuotedScalars + 4;

  // nlohmann's sentence with the token it echoes ("last read: '...'") cut by cut_text().
  static std::string without_long_token(std::string message) {
    const std::string quoted = "last read: '";
    const auto token = message.find(quoted);
    if (token == std::string::npos) return message;
    const auto token_end = message.rfind('\'');
    const std::size_t from = token + quoted.size();
    if (token_end == std::string::npos || token_end < from) return message;
    return message.substr(0, from) +
           cut_text(std::string_view(message).substr(from, token_end - from)) +
           message.substr(token_end);
  }

  std::size_t position_ = 0;
  std::size_t token_size_ = 0;
  std::string token_;
  int id_ = 0;
  std::string what_;
};

// Builds the Json from nlohmann's parse events, as nlohmann's own builder does, except
// for the index of large objects' keys.
class DomBuilder final : public ErrorRecorder {
 public:
  explicit DomBuilder(Json& root) : root_(root) {}

  bool null() override { return put(Json(nullptr)); }
  bool boolean(bool v) override { return put(Json(v)); }
  bool number_integer(number_integer_t v) override { return put(Json(v)); }
  bool number_unsigned(number_unsigned_t v) override { return put(Json(v)); }
  bool number_float(number_float_t v, const string_t&) override { return put(Json(v)); }
  bool string(string_t& v) override { return put(Json(std::move(v))); }
  bool binary(binary_t&) override { return false; }  // not in JSON text

  bool start_object(std::size_t) override { return open(Json::object()); }
  bool start_array(std::size_t) override { return open(Json::array()); }
  bool end_object() override { return close(); }
  bool end_array() override { return close(); }

  bool key(string_t& k) override {
    Open& o = open_.back();
    // ordered_map is a vector of (key, value); its own operator[] and emplace search keys.
    std::vector<Json::object_t::value_type>& members = o.value->get_ref<Json::object_t&>();
    std::size_t at = members.size();
    if (o.index) {
      const auto found = o.index->find(k);
      if (found != o.index->end()) at = found->second;
    } else {
      for (std::size_t i = 0; i < members.size(); ++i)
        if (members[i].first == k) at = i;
    }
    if (at == members.size()) {
      members.emplace_back(std::move(k), Json());
      if (o.index) {
        o.index->emplace(members.back().first, at);
      } else if (members.size() > kLinearKeySearch) {
        o.index = std::make_unique<std::unordered_map<std::string, std::size_t>>();
        for (std::size_t i = 0; i < members.size(); ++i) o.index->emplace(members[i].first, i);
      }
    }
    member_ = &members[at].second;  // a repeated key: first place, last value
    return true;
  }

  struct Open {
    Json* value;
    std::unique_ptr<std::unordered_map<std::string, std::size_t>> index;
  };

  // Places a value where the parse is: the root, the next item of an array, or the value
  // of the object member whose key came last. Returns where it went.
  Json* place(Json&& v) {
    if (open_.empty()) {
      root_ = std::move(v);
      return &root_;
    }
    Json& parent = *open_.back().value;
    if (parent.is_array()) {
      auto& items = parent.get_ref<Json::array_t&>();
      items.push_back(std::move(v));
      return &items.back();
    }
    *member_ = std::move(v);
    return member_;
  }
  bool put(Json&& v) {
    place(std::move(v));
    return true;
  }
  bool open(Json&& container) {
    Json* where = place(std::move(container));
    open_.push_back(Open{where, nullptr});
    return true;
  }
  bool close() {
    open_.pop_back();
    return true;
  }

  Json& root_;
  std::vector<Open> open_;
  Json* member_ = nullptr;
};

// Follows the grammar and builds nothing: memory bounded by the nesting, whatever the text.
class SyntaxChecker final : public ErrorRecorder {
 public:
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return false; }
  bool start_object(std::size_t) override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_object() override { return true; }
  bool end_array() override { return true; }
  bool key(string_t&) override { return true; }
};

}  // namespace

std::optional<std::string> json_syntax_error(std::string_view text, bool cut_short_is_fine) {
  SyntaxChecker checker;
  if (Json::sax_parse(text, &checker)) return std::nullopt;
  if (cut_short_is_fine && checker.only_cut_short()) return std::nullopt;
  return checker.error_message(text);
}

bool parse_json(std::string_view text, Json& out, std::string* error) {
  DomBuilder builder(out);
  if (Json::sax_parse(text, &builder)) return true;
  out = Json();
  if (error) *error = builder.error_message(text);
  return false;
}

}  // namespace claims
