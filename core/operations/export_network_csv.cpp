// Operation export_network_csv (spec section 13): the publisher's claims written as a
// network's bulk file — Awin's transaction-query file or impact.com's action-inquiry
// file — with section 8's writing rules (comma, no byte-order mark, CRLF on every line).
// A claim the network could not take (a member missing or malformed, over the network's
// limit) gets its issue and is left out of the file.
#include <optional>
#include <string>
#include <unordered_map>

#include "base/text.h"
#include "values/calendar.h"
#include "values/money.h"
#include "formats/csv_writer.h"
#include "requests/fields.h"
#include "requests/money_fields.h"
#include "requests/request.h"
#include "domain/network_limits.h"
#include "domain/policy.h"
#include "operations/operations.h"

namespace claims {

namespace {

enum class Network { awin, impact };

const char* const kAwinColumns[] = {"enquiry_id", "merchant_id", "type",
                                    "click_ref",  "amount",      "commission",
                                    "date",       "customer_reference", "reference",
                                    "description", nullptr};
const char* const kImpactColumns[] = {
    "Inquiry Id",          "Campaign Id", "Order Id",      "Sale Amount", "Transaction Date",
    "Type",                "Expected Payout", "Resolution Deadline", "Customer Id",
    "Tracking Link",       "Notes",       nullptr};
const char* const kReasons[] = {"untracked", "wrong_amount", "declined", nullptr};
const char* const kAwinTypes[] = {"untracked", "incorrect", "declined"};
const char* const kImpactTypes[] = {"UNTRACKED", "INCORRECT", "DECLINED"};

struct Options {
  Network network;
  Date as_of;
  std::unordered_map<std::string, std::string> network_ids;
  std::string utc_offset = "+00:00";
  std::optional<long long> response_days;
};

StatusOr<Network> read_format(const Json& request) {
  ASSIGN_OR_RETURN(const std::string* format, read_string(request, "format"));
  if (*format == "awin") return Network::awin;
  if (*format == "impact") return Network::impact;
  return invalid_request("/format", "format is " + quote_value(*format) +
                                        "; it must be \"awin\" or \"impact\".");
}

StatusOr<std::unordered_map<std::string, std::string>> read_network_ids(const Json& request) {
  std::unordered_map<std::string, std::string> out;
  ASSIGN_OR_RETURN(const Json* ids, read_object(request, "network_ids", false));
  if (!ids) return out;
  const Path at("/network_ids");
  for (const auto& item : ids->items()) {
    const Json& v = item.value();
    if (!v.is_string() || !is_identifier(v.get_ref<const std::string&>())) {
      return invalid_request(
          (at / item.key()).str(),
          "network_ids maps an advertiser id to the network's id (" + identifier_rule() + "); " +
              quote_value(item.key()) + " maps to " +
              (v.is_string() ? quote_value(v.get_ref<const std::string&>())
                             : std::string(json_type_name(v))) +
              ".");
    }
    out.emplace(item.key(), v.get<std::string>());
  }
  return out;
}

bool digit(char c) { return c >= '0' && c <= '9'; }

// ±HH:MM from -14:00 to +14:00 (the offsets in use run from -12:00 to +14:00), minutes
// 00-59; UTC is +00:00 (RFC 3339 gives -00:00 the meaning "offset unknown").
bool valid_offset(const std::string& s) {
  if (s.size() != 6 || (s[0] != '+' && s[0] != '-') || s[3] != ':') return false;
  if (!digit(s[1]) || !digit(s[2]) || !digit(s[4]) || !digit(s[5])) return false;
  const int hours = (s[1] - '0') * 10 + (s[2] - '0');
  const int minutes = (s[4] - '0') * 10 + (s[5] - '0');
  if (minutes > 59 || hours * 60 + minutes > 14 * 60) return false;
  return !(s[0] == '-' && hours == 0 && minutes == 0);
}

StatusOr<Options> read_options(const Json& request) {
  ASSIGN_OR_RETURN(const Network network, read_format(request));
  ASSIGN_OR_RETURN(const Date as_of, read_as_of(request));
  Options o{network, as_of, {}, "+00:00", std::nullopt};
  ASSIGN_OR_RETURN(o.network_ids, read_network_ids(request));
  ASSIGN_OR_RETURN(const std::string* offset, read_optional_string(request, "utc_offset"));
  if (offset) {
    if (!valid_offset(*offset))
      return invalid_request("/utc_offset", "utc_offset is " + quote_value(*offset) +
                                                "; it must be ±HH:MM, from -14:00 to +14:00 "
                                                "(+00:00 for UTC, not -00:00).");
    o.utc_offset = *offset;
  }
  if (const Json* days = FieldReader::find(request, "response_days")) {
    if (!days->is_number_integer() || days->get<long long>() < 0 ||
        (days->is_number_unsigned() && days->get<unsigned long long>() > kMaxDayCount) ||
        days->get<long long>() > kMaxDayCount) {
      return invalid_request("/response_days",
                             "response_days is " + value_shown(*days) +
                                 "; it must be a whole number of days from 0 to " +
                                 std::to_string(kMaxDayCount) + ".");
    }
    o.response_days = days->get<long long>();
  }
  return o;
}

// The members of one claim the file needs, read; nullopt members were missing or
// malformed (their issue raised).
struct NetworkClaim {
  std::optional<std::string> id, advertiser_id, order_id, member_ref, comment;
  std::optional<Date> order_date, filed_on;
  std::optional<Money> amount, expected_payout;
  std::optional<std::string> reason;
};

// An object member holding a required identifier (`advertiser.id`, `order.id`): a
// missing object is the identifier's claim.required.
const Json* sub_object(const FieldReader& r, const Json& claim, const char* key, const Path& at,
                       const char* inner) {
  const Json* obj = FieldReader::find(claim, key);
  if (!obj) {
    r.required_missing(std::string(key) + "." + inner, at / key / inner);
    return nullptr;
  }
  if (!obj->is_object()) {
    r.issues.error("claim.invalid", at / key,
                   not_an_object(key, *obj));
    return nullptr;
  }
  return obj;
}

NetworkClaim read_claim(const Json& c, const Path& at, Issues& issues) {
  NetworkClaim out;
  FieldReader r{issues, "claim.invalid", "claim.required"};
  out.id = r.identifier(c, "id", at / "id", true);
  if (const Json* adv = sub_object(r, c, "advertiser", at, "id"))
    out.advertiser_id = r.identifier(*adv, "id", at / "advertiser" / "id", true);
  out.member_ref = r.identifier(c, "member_ref", at / "member_ref", true);
  out.reason = r.choice(c, "reason", at / "reason", true, kReasons);
  out.filed_on = r.date(c, "filed_on", at / "filed_on", false);
  const Currency* order_currency = nullptr;
  if (const Json* order = sub_object(r, c, "order", at, "id")) {
    const Path o = at / "order";
    out.order_id = r.identifier(*order, "id", o / "id", true);
    out.order_date = r.date(*order, "date", o / "date", true);
    order_currency = read_currency(r, *order, "currency", o / "currency", true);
    if (order_currency) {
      out.amount = read_money(r, *order, "amount", o / "amount", *order_currency, true);
      if (out.amount && out.amount->is_negative()) {
        issues.error("money.invalid", o / "amount",
                     "order.amount " + money_text(*out.amount) + " must not be negative.");
        out.amount.reset();
      }
    } else if (!FieldReader::find(*order, "amount")) {
      r.required_missing("amount", o / "amount");
    }
  }
  const Currency* payout_currency = order_currency;
  if (FieldReader::find(c, "payout_currency"))
    payout_currency = read_currency(r, c, "payout_currency", at / "payout_currency", false);
  if (payout_currency) {
    out.expected_payout =
        read_money(r, c, "expected_payout", at / "expected_payout", *payout_currency, false);
    if (out.expected_payout && out.expected_payout->is_negative()) {
      issues.error("money.invalid", at / "expected_payout",
                   "expected_payout " + money_text(*out.expected_payout) +
                       " must not be negative.");
      out.expected_payout.reset();
    }
  }
  out.comment = r.text(c, "comment", at / "comment", false);
  return out;
}

bool all_digits(const std::string& s) {
  if (s.empty()) return false;
  for (char ch : s)
    if (!digit(ch)) return false;
  return true;
}

int reason_index(const std::string& reason) {
  for (int i = 0; kReasons[i]; ++i)
    if (reason == kReasons[i]) return i;
  return 0;
}

void header(CsvWriter& w, const char* const* columns) {
  for (; *columns; ++columns) w.plain(*columns);
  w.end_row();
}

void optional_text(CsvWriter& w, const std::optional<std::string>& v) {
  if (v) w.text(*v);
  else w.empty();
}

void optional_money(CsvWriter& w, const std::optional<Money>& v) {
  if (v) w.plain(v->str());
  else w.empty();
}

}  // namespace

StatusOr<Json> export_network_csv(const Json& request) {
  ASSIGN_OR_RETURN(const Options options, read_options(request));
  ASSIGN_OR_RETURN(const Json* claims_json, read_array(request, "claims", true));
  const bool awin = options.network == Network::awin;

  Issues issues;
  CsvWriter w(',');
  header(w, awin ? kAwinColumns : kImpactColumns);
  std::size_t rows = 0;
  for (std::size_t i = 0; i < claims_json->size(); ++i) {
    const Json& c = (*claims_json)[i];
    const Path at = Path("/claims") / i;
    if (!c.is_object()) {
      issues.error("claim.invalid", at,
                   not_an_object("A claim", c));
      continue;
    }
    Issues found;
    const NetworkClaim claim = read_claim(c, at, found);
    bool left_out = found.has_errors();

    // The network's id for the advertiser, mapped or as it is.
    std::optional<std::string> network_id;
    if (claim.advertiser_id) {
      const auto mapped = options.network_ids.find(*claim.advertiser_id);
      network_id = mapped == options.network_ids.end() ? *claim.advertiser_id : mapped->second;
      if (!all_digits(*network_id)) {
        issues.warning("network.id_not_numeric", at / "advertiser" / "id",
                       "The " + std::string(awin ? "Awin merchant" : "impact.com campaign") +
                           " id " + quote_value(*network_id) +
                           " is not all digits; the network uses numeric ids (map it in "
                           "network_ids).");
      }
    }
    issues.append(std::move(found));

    if (awin && claim.order_date && awin_too_old(*claim.order_date, options.as_of)) {
      issues.error("network.too_old", at / "order" / "date",
                   "Awin takes queries for orders under " + std::to_string(kAwinMaxAgeYears) +
                       " years old; the order of " + claim.order_date->iso() + " reached " +
                       std::to_string(kAwinMaxAgeYears) + " years on " +
                       add_years_clamped(*claim.order_date, kAwinMaxAgeYears).iso() +
                       " (as_of is " + options.as_of.iso() + "). It is left out of the file.");
      left_out = true;
    }
    if (!awin && claim.amount && impact_over_limit(*claim.amount)) {
      issues.error("network.amount_over_limit", at / "order" / "amount",
                   "impact.com takes sale amounts up to " + std::to_string(kImpactMaxSaleAmount) +
                       "; " + money_text(*claim.amount) + " is over it. It is left out of "
                       "the file.");
      left_out = true;
    }
    // The Resolution Deadline, a date the file must not hold past the years dates have
    // (spec section 2, decisions.md): date.invalid on filed_on, left out as a claim whose
    // filed_on cannot be read.
    std::optional<Date> deadline;
    if (!awin && claim.filed_on && options.response_days) {
      deadline = *claim.filed_on + Days{*options.response_days};
      if (!in_supported_years(*deadline)) {
        issues.error("date.invalid", at / "filed_on",
                     "filed_on " + claim.filed_on->iso() + " + " +
                         std::to_string(*options.response_days) + " response days is " +
                         deadline->iso() + ", past " + std::to_string(kMaxYear) +
                         "-12-31, the last date handled: the Resolution Deadline cannot be "
                         "written. It is left out of the file.");
        left_out = true;
      }
    }
    if (left_out) continue;

    const int reason = reason_index(*claim.reason);
    if (awin) {
      w.text(*claim.id);
      w.text(*network_id);
      w.plain(kAwinTypes[reason]);
      w.text(*claim.member_ref);
      w.plain(claim.amount->str());
      optional_money(w, claim.expected_payout);
      w.plain(claim.order_date->iso() + " 00:00:00");
      w.empty();
      w.text(*claim.order_id);
      optional_text(w, claim.comment);
    } else {
      const std::string time = "T00:00:00" + options.utc_offset;
      w.text(*claim.id);
      w.text(*network_id);
      w.text(*claim.order_id);
      w.plain(claim.amount->str());
      w.plain(claim.order_date->iso() + time);
      w.plain(kImpactTypes[reason]);
      optional_money(w, claim.expected_payout);
      if (deadline)
        w.plain(deadline->iso() + time);
      else
        w.empty();
      w.text(*claim.member_ref);
      w.empty();
      optional_text(w, claim.comment);
    }
    w.end_row();
    ++rows;
  }

  Json result = Json::object();
  result["csv"] = std::move(w.str());
  result["rows"] = rows;
  result["issues"] = issues.to_json();
  return result;
}

}  // namespace claims
