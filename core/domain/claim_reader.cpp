#include "domain/claim_reader.h"

#include "base/text.h"
#include "requests/fields.h"
#include "requests/money_fields.h"

namespace claims {

namespace {

constexpr const char* kInvalid = "claim.invalid";
constexpr const char* kRequired = "claim.required";
constexpr long long kMaxQuantity = 1000000000;

const char* const kAttachmentKinds[] = {"order_confirmation", "invoice", "screenshot", "other",
                                        nullptr};
const char* const kMessageSenders[] = {"publisher", "advertiser", nullptr};
const char* const kReasons[] = {"untracked", "wrong_amount", "declined", nullptr};

template <class T>
Field<T> good(T value) {
  Field<T> f;
  f.value = std::move(value);
  return f;
}
template <class T>
Field<T> bad() {
  Field<T> f;
  f.invalid = true;
  return f;
}

const std::string* string_member(const Json* v) {
  return v && v->is_string() ? &v->get_ref<const std::string&>() : nullptr;
}

class Reader {
 public:
  explicit Reader(Issues& issues) : issues_(issues), r_{issues, kInvalid, kRequired} {}

  Field<std::string_view> identifier(const Json& obj, std::string_view key, const LazyPath& at,
                                     bool required) {
    const Json* v = FieldReader::find(obj, key);
    if (const std::string* s = string_member(v)) {
      if (!s->empty() && (s->size() <= kMaxIdentifierScalars ||
                          scalar_count(*s) <= kMaxIdentifierScalars) &&
          !has_any_control(*s))
        return good<std::string_view>(*s);
    } else if (!v && !required) {
      return {};
    }
    r_.identifier(obj, key, at.path(), required);
    return bad<std::string_view>();
  }

  Field<std::string_view> text(const Json& obj, std::string_view key, const LazyPath& at) {
    const Json* v = FieldReader::find(obj, key);
    if (!v) return {};
    if (const std::string* s = string_member(v)) {
      if ((s->size() <= kMaxTextScalars || scalar_count(*s) <= kMaxTextScalars) &&
          !has_forbidden_control(*s))
        return good<std::string_view>(*s);
    }
    r_.text(obj, key, at.path(), false);
    return bad<std::string_view>();
  }

  Field<Date> date(const Json& obj, std::string_view key, const LazyPath& at, bool required) {
    const Json* v = FieldReader::find(obj, key);
    if (const std::string* s = string_member(v)) {
      if (auto d = parse_date(*s)) return good(*d);
    } else if (!v && !required) {
      return {};
    }
    r_.date(obj, key, at.path(), required);
    return bad<Date>();
  }

  Field<bool> boolean(const Json& obj, std::string_view key, const LazyPath& at) {
    const Json* v = FieldReader::find(obj, key);
    if (!v) return {};
    if (v->is_boolean()) return good(v->get<bool>());
    r_.boolean(obj, key, at.path(), false);
    return bad<bool>();
  }

  Field<long long> integer(const Json& obj, std::string_view key, const LazyPath& at,
                           long long min, long long max) {
    const Json* v = FieldReader::find(obj, key);
    if (!v) return {};
    if (v->is_number_integer() && !v->is_number_unsigned()) {
      const long long n = v->get<long long>();
      if (n >= min && n <= max) return good(n);
    } else if (v->is_number_unsigned()) {
      const unsigned long long n = v->get<unsigned long long>();
      if (n <= static_cast<unsigned long long>(max) && static_cast<long long>(n) >= min)
        return good(static_cast<long long>(n));
    }
    r_.integer(obj, key, at.path(), false, min, max);
    return bad<long long>();
  }

  // One of `choices`; returns the index into `choices`.
  Field<std::size_t> choice(const Json& obj, std::string_view key, const LazyPath& at,
                            bool required, const char* const* choices) {
    const Json* v = FieldReader::find(obj, key);
    if (const std::string* s = string_member(v)) {
      for (std::size_t i = 0; choices[i]; ++i)
        if (*s == choices[i]) return good(i);
    } else if (!v && !required) {
      return {};
    }
    r_.choice(obj, key, at.path(), required, choices);
    return bad<std::size_t>();
  }

  // Sign rules are the caller's.
  Field<Money> money(const Json& obj, std::string_view key, const LazyPath& at,
                     const Currency* currency, bool required) {
    const Json* v = FieldReader::find(obj, key);
    if (!currency) {
      // The amount cannot be judged without its currency; only its presence can.
      const std::string* s = string_member(v);
      if (required && (!v || (s && s->empty()))) {
        r_.required_missing(key, at.path());
        return bad<Money>();
      }
      return v ? bad<Money>() : Field<Money>{};
    }
    if (const std::string* s = string_member(v)) {
      if (auto m = parse_money(*s, *currency)) return good(*m);
    } else if (!v && !required) {
      return {};
    }
    read_money(r_, obj, key, at.path(), *currency, required);
    return bad<Money>();
  }

  // A currency code; `invalid` is set when the member is there but unusable.
  const Currency* currency(const Json& obj, std::string_view key, const LazyPath& at,
                           bool required, bool& invalid, Issues& into) {
    const Json* v = FieldReader::find(obj, key);
    if (const std::string* s = string_member(v)) {
      if (const Currency* c = find_currency(*s)) return c;
    } else if (!v && !required) {
      return nullptr;
    }
    FieldReader r{into, kInvalid, kRequired};
    read_currency(r, obj, key, at.path(), required);
    invalid = true;
    return nullptr;
  }

  // Any string: claim.invalid when it is another JSON type.
  Field<std::string_view> string(const Json& obj, std::string_view key, const LazyPath& at) {
    const Json* v = FieldReader::find(obj, key);
    if (!v) return {};
    if (const std::string* s = string_member(v)) return good<std::string_view>(*s);
    wrong_type(key, "a string", *v, at);
    return bad<std::string_view>();
  }

  // An object or array member: nullptr when absent; claim.invalid (and nullptr, and
  // `invalid` set) when of another type.
  const Json* object(const Json& obj, std::string_view key, const LazyPath& at, bool& invalid) {
    return structured(obj, key, at, invalid, &Json::is_object, "an object");
  }
  const Json* array(const Json& obj, std::string_view key, const LazyPath& at, bool& invalid) {
    return structured(obj, key, at, invalid, &Json::is_array, "an array");
  }
  const Json* structured(const Json& obj, std::string_view key, const LazyPath& at, bool& invalid,
                         bool (Json::*is_type)() const noexcept, const char* want) {
    const Json* v = FieldReader::find(obj, key);
    if (!v || (v->*is_type)()) return v;
    wrong_type(key, want, *v, at);
    invalid = true;
    return nullptr;
  }

  void wrong_type(std::string_view key, const char* want, const Json& got, const LazyPath& at) {
    issues_.error(kInvalid, at.path(), wrong_type_message(key, want, got));
  }

  void required(std::string_view key, const LazyPath& at) { r_.required_missing(key, at.path()); }

  // Whether an element of a list is an object; claim.invalid when not ("An item must be
  // an object, not a number.").
  bool element_object(const Json& v, const char* named, const LazyPath& at) {
    if (v.is_object()) return true;
    issues_.error(kInvalid, at.path(),
                  not_an_object(named, v));
    return false;
  }

  Issues& issues() { return issues_; }

 private:
  Issues& issues_;
  FieldReader r_;
};

void not_negative(Reader& rd, Field<Money>& m, const char* name, const LazyPath& at) {
  if (!m.ok() || !m->is_negative()) return;
  rd.issues().error("money.invalid", at.path(),
                    std::string(name) + " " + m->str() + " " + std::string(m->currency().code) +
                        " must not be negative.");
  m = bad<Money>();
}

// `party` is publisher or advertiser: {"id" (required identifier), "name" (text)}.
Field<std::string_view> read_party(Reader& rd, const Json& claim, std::string_view key,
                                   const LazyPath& at) {
  const LazyPath pat = at / key;
  bool invalid = false;
  const Json* party = rd.object(claim, key, pat, invalid);
  if (invalid) return bad<std::string_view>();
  if (!party) {
    rd.required("id", pat / "id");
    return bad<std::string_view>();
  }
  auto id = rd.identifier(*party, "id", pat / "id", true);
  rd.text(*party, "name", pat / "name");
  return id;
}

void read_items(Reader& rd, const Json& order, ClaimOrder& out, const LazyPath& at) {
  bool invalid = false;
  const LazyPath iat = at / "items";
  const Json* items = rd.array(order, "items", iat, invalid);
  if (!items) return;
  std::int64_t total = 0;
  bool total_ok = true;
  for (std::size_t i = 0; i < items->size(); ++i) {
    const Json& item = (*items)[i];
    const LazyPath at_i = iat / i;
    if (!rd.element_object(item, "An item", at_i)) {
      total_ok = false;
      continue;
    }
    rd.identifier(item, "sku", at_i / "sku", false);
    rd.text(item, "name", at_i / "name");
    rd.integer(item, "quantity", at_i / "quantity", 1, kMaxQuantity);
    rd.identifier(item, "category", at_i / "category", false);
    auto subtotal = rd.money(item, "subtotal", at_i / "subtotal", out.currency, false);
    not_negative(rd, subtotal, "subtotal", at_i / "subtotal");
    if (subtotal.ok()) {
      const std::int64_t v = subtotal->minor();
      total = total > INT64_MAX - v ? INT64_MAX : total + v;
    } else if (subtotal.invalid) {
      total_ok = false;
    }
  }
  if (total_ok && out.currency) out.items_total = total;
}

void read_order(Reader& rd, const Json& claim, ClaimOrder& out, bool is_sale,
                bool event_type_invalid, const LazyPath& at) {
  const LazyPath oat = at / "order";
  bool invalid = false;
  const Json* order = rd.object(claim, "order", oat, invalid);
  if (invalid) {
    out.id.invalid = out.date.invalid = out.amount.invalid = true;
    return;
  }
  if (!order) {
    for (const char* key : {"id", "date", "amount", "currency"}) rd.required(key, oat / key);
    out.id.invalid = out.date.invalid = out.amount.invalid = true;
    return;
  }
  out.object_ok = true;
  out.id = rd.identifier(*order, "id", oat / "id", true);
  out.date = rd.date(*order, "date", oat / "date", true);
  // The amount is read in the order's currency, but its issues come first (document order).
  Issues currency_issues;
  bool currency_invalid = false;
  out.currency = rd.currency(*order, "currency", oat / "currency", true, currency_invalid,
                             currency_issues);
  out.amount = rd.money(*order, "amount", oat / "amount", out.currency, true);
  if (out.amount.ok()) {
    const Money& m = *out.amount;
    if (m.is_negative()) {
      not_negative(rd, out.amount, "amount", oat / "amount");
    } else if (m.is_zero() && is_sale) {
      rd.issues().error("money.invalid", (oat / "amount").path(),
                        "The order amount must be above zero for a sale.");
      out.amount = bad<Money>();
    } else if (m.is_zero() && event_type_invalid) {
      out.amount = bad<Money>();  // cannot tell whether zero is allowed
    }
  }
  rd.issues().append(std::move(currency_issues));
  out.promo_code = rd.identifier(*order, "promo_code", oat / "promo_code", false);
  out.completed_online = rd.boolean(*order, "completed_online", oat / "completed_online");
  out.returned = rd.boolean(*order, "returned", oat / "returned");
  read_items(rd, *order, out, oat);
}

void read_tracked(Reader& rd, const Json& claim, ClaimView& c, const LazyPath& at) {
  const LazyPath tat = at / "tracked";
  ClaimTracked& t = c.tracked;
  bool invalid = false;
  const Json* tracked = rd.object(claim, "tracked", tat, invalid);
  t.present = tracked || invalid;
  if (!tracked) return;
  t.object_ok = true;
  t.action_id = rd.identifier(*tracked, "action_id", tat / "action_id", false);
  t.amount = rd.money(*tracked, "amount", tat / "amount", c.order.currency, false);
  not_negative(rd, t.amount, "tracked amount", tat / "amount");
  t.payout = rd.money(*tracked, "payout", tat / "payout", c.payout_currency, false);
  not_negative(rd, t.payout, "tracked payout", tat / "payout");
  t.date = rd.date(*tracked, "date", tat / "date", false);
}

void read_attachments(Reader& rd, const Json& claim, ClaimView& c, const LazyPath& at) {
  const LazyPath aat = at / "attachments";
  const Json* list = rd.array(claim, "attachments", aat, c.attachments_invalid);
  if (!list) return;
  c.attachments.resize(list->size());
  for (std::size_t i = 0; i < list->size(); ++i) {
    const Json& a = (*list)[i];
    const LazyPath at_i = aat / i;
    ClaimAttachment& out = c.attachments[i];
    if (!rd.element_object(a, "An attachment", at_i)) continue;
    out.object_ok = true;
    rd.text(a, "name", at_i / "name");
    if (const std::string* name = string_member(FieldReader::find(a, "name"))) out.name = *name;
    out.media_type = rd.string(a, "media_type", at_i / "media_type");
    out.size = rd.integer(a, "size", at_i / "size", 0, INT64_MAX);
    out.sha256 = rd.string(a, "sha256", at_i / "sha256");
    rd.choice(a, "kind", at_i / "kind", false, kAttachmentKinds);
  }
}

void read_messages(Reader& rd, const Json& claim, const LazyPath& at) {
  const LazyPath mat = at / "messages";
  bool invalid = false;
  const Json* list = rd.array(claim, "messages", mat, invalid);
  if (!list) return;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const Json& m = (*list)[i];
    const LazyPath at_i = mat / i;
    if (!rd.element_object(m, "A message", at_i)) continue;
    rd.choice(m, "from", at_i / "from", false, kMessageSenders);
    rd.date(m, "on", at_i / "on", false);
    rd.text(m, "text", at_i / "text");
  }
}

}  // namespace

// Members are read in the order of the spec's example claim (section 4), with
// payout_currency just before expected_payout: that is the "document order" of issues.
void read_claim(const Json& claim, const LazyPath& at, Issues& issues, ClaimView& c) {
  c.clear();
  if (!claim.is_object()) {
    issues.error(kInvalid, at.path(),
                 not_an_object("A claim", claim));
    return;
  }
  c.object_ok = true;
  Reader rd(issues);
  c.id = rd.identifier(claim, "id", at / "id", true);
  c.publisher_id = read_party(rd, claim, "publisher", at);
  c.advertiser_id = read_party(rd, claim, "advertiser", at);
  c.member_ref = rd.identifier(claim, "member_ref", at / "member_ref", true);
  if (auto r = rd.choice(claim, "reason", at / "reason", true, kReasons); r.ok()) {
    c.reason = good(static_cast<ClaimReason>(*r));
  } else {
    c.reason.invalid = true;
  }
  c.filed_on = rd.date(claim, "filed_on", at / "filed_on", false);

  // The order needs the event type (zero amounts), which comes later in the document:
  // look at it first, report it in its place.
  Issues event_issues;
  Reader event_reader(event_issues);
  c.event_type = event_reader.identifier(claim, "event_type", at / "event_type", false);
  const bool is_sale = c.event_type.absent() || (c.event_type.ok() && *c.event_type == "sale");
  read_order(rd, claim, c.order, is_sale, c.event_type.invalid, at);

  c.click_date = rd.date(claim, "click_date", at / "click_date", false);
  issues.append(std::move(event_issues));
  c.payout_currency = rd.currency(claim, "payout_currency", at / "payout_currency", false,
                                  c.payout_currency_invalid, issues);
  if (!c.payout_currency && !c.payout_currency_invalid) c.payout_currency = c.order.currency;
  c.expected_payout =
      rd.money(claim, "expected_payout", at / "expected_payout", c.payout_currency, false);
  not_negative(rd, c.expected_payout, "expected_payout", at / "expected_payout");
  read_tracked(rd, claim, c, at);
  c.comment = rd.text(claim, "comment", at / "comment");
  read_attachments(rd, claim, c, at);
  read_messages(rd, claim, at);
}

}  // namespace claims
