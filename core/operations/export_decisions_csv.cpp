// Operation export_decisions_csv (spec section 8): the advertiser's conversions file, one
// row per claim in the claims' order, with the decisions taken so far.
#include <map>
#include <string>

#include "base/text.h"
#include "values/calendar.h"
#include "values/money.h"
#include "formats/csv_writer.h"
#include "formats/spreadsheet_cells.h"
#include "requests/fields.h"
#include "requests/money_fields.h"
#include "requests/request.h"
#include "operations/decisions_csv.h"
#include "operations/operations.h"

namespace claims {

namespace {

constexpr const char* kDecisionValues[] = {"accept", "decline", "request_info", nullptr};
constexpr const char* kDeclineReasons[] = {
    "already_tracked", "other_channel", "other_channel_voucher", "terms_not_met", "returned",
    "not_found",       "not_online",    "incomplete_information", "other", nullptr};

struct Decision {
  std::string decision;
  std::string payout;  // canonical, empty when none
  std::string transaction_date;
  std::string decline_reason;
  std::string message;
};

const char* action_of(const std::string& decision) {
  if (decision == "accept") return "validate";
  if (decision == "decline") return "reject";
  return "request_info";
}

// Money cells are written in canonical form, with a decimal comma in a `;` file (spec
// section 8, the spreadsheet round trip). A value that is no amount in the currency is
// not money, so it is written as it is, as a text cell (with the formula guard): a hostile
// "=..." in an amount member can never reach a spreadsheet unguarded.
void money_cell(CsvWriter& w, const std::string* raw, const Currency* currency,
                char delimiter) {
  if (!raw) return w.empty();
  if (currency) {
    if (const auto m = parse_money(*raw, *currency))
      return w.plain(money_cell_text(m->str(), delimiter));
  }
  w.text(*raw);
}

void date_cell(CsvWriter& w, const std::string* raw) {
  if (!raw) return w.empty();
  if (parse_date(*raw)) return w.plain(*raw);
  w.text(*raw);
}

void text_cell(CsvWriter& w, const std::string* raw) {
  if (!raw) return w.empty();
  w.text(*raw);
}

StatusOr<char> read_delimiter(const Json& request) {
  const Json* v = FieldReader::find(request, "delimiter");
  if (!v) return ';';
  if (v->is_string() && (*v == ";" || *v == ",")) return v->get<std::string>()[0];
  return invalid_request("/delimiter", "delimiter must be \";\" or \",\", not " +
                                           (v->is_string() ? quote_value(v->get<std::string>())
                                                           : std::string(json_type_name(*v))) +
                                           ".");
}

}  // namespace

StatusOr<Json> export_decisions_csv(const Json& request) {
  ASSIGN_OR_RETURN(const Json* claims_json, read_array(request, "claims", true));
  ASSIGN_OR_RETURN(const Json* decisions, read_array(request, "decisions", false));
  ASSIGN_OR_RETURN(const char delimiter, read_delimiter(request));

  Issues issues;
  const Json& claims = *claims_json;
  const Path claims_path("/claims");

  // Claims that get a row, by id; a claim without a usable id cannot be matched back by
  // import_decisions_csv, so it gets no row.
  std::map<std::string, std::size_t> claim_index;
  std::vector<bool> has_row(claims.size(), false);
  FieldReader claim_reader{issues, "claim.invalid", "claim.required"};
  for (std::size_t i = 0; i < claims.size(); ++i) {
    const Path at = claims_path / i;
    if (!claims[i].is_object()) {
      issues.error("claim.invalid", at,
                   not_an_object("A claim", claims[i]));
      continue;
    }
    auto id = claim_reader.identifier(claims[i], "id", at / "id", true);
    if (!id) continue;
    if (!claim_index.emplace(*id, i).second) {
      issues.error("claim.duplicate_id", at / "id",
                   "The claim id " + quote_value(*id) + " appears twice; only the first gets a "
                   "row.");
      continue;
    }
    has_row[i] = true;
  }

  std::vector<std::optional<Decision>> decided(claims.size());
  if (decisions) {
    const Path decisions_path("/decisions");
    for (std::size_t j = 0; j < decisions->size(); ++j) {
      const Json& d = (*decisions)[j];
      const Path at = decisions_path / j;
      if (!d.is_object()) {
        issues.error("resolution.invalid", at,
                     not_an_object("A decision", d));
        continue;
      }
      // An empty string is the same as an absent member, as an empty cell is in the file.
      Json members = d;
      for (const char* key : {"payout", "transaction_date", "decline_reason", "message"}) {
        auto it = members.find(key);
        if (it != members.end() && it->is_string() && it->get_ref<const std::string&>().empty())
          members.erase(it);
      }
      Issues mine;
      FieldReader r{mine, "resolution.invalid", "resolution.required"};
      auto claim_id = r.identifier(d, "claim_id", at / "claim_id", true);
      std::optional<std::size_t> claim;
      if (claim_id) {
        auto it = claim_index.find(*claim_id);
        if (it == claim_index.end()) {
          mine.error("csv.unknown_claim", at / "claim_id",
                     "The decision is for claim " + quote_value(*claim_id) +
                         ", which is not among the claims.");
        } else if (decided[it->second]) {
          mine.error("resolution.invalid", at / "claim_id",
                     "Claim " + quote_value(*claim_id) +
                         " already has a decision earlier in the list; this one is ignored.");
        } else {
          claim = it->second;
        }
      }
      auto decision = r.choice(d, "decision", at / "decision", true, kDecisionValues);
      Decision out;
      if (auto payout = r.string(members, "payout", at / "payout", false); payout && claim) {
        const Currency* currency = payout_currency_of(claims[*claim]);
        if (!currency) {
          mine.error("currency.unknown", at / "payout",
                     "Claim " + quote_value(*claim_id) +
                         " has no known payout currency (payout_currency or order.currency) "
                         "to write the payout in.");
        } else {
          FieldReader money_reader{mine, "money.invalid", "resolution.required"};
          auto money = read_money(money_reader, members, "payout", at / "payout", *currency, false);
          if (money && money->is_negative()) {
            mine.error("money.invalid", at / "payout",
                       "payout " + quote_value(*payout) + " is negative.");
          } else if (money) {
            out.payout = money->str();
          }
        }
      }
      if (auto date = r.date(members, "transaction_date", at / "transaction_date", false))
        out.transaction_date = date->iso();
      if (auto reason = r.choice(members, "decline_reason", at / "decline_reason", false,
                                 kDeclineReasons))
        out.decline_reason = *reason;
      if (auto message = r.text(members, "message", at / "message", false)) out.message = *message;
      const bool bad = mine.has_errors();
      issues.append(mine);
      if (bad || !claim || !decision) continue;
      out.decision = *decision;
      decided[*claim] = std::move(out);
    }
  }

  CsvWriter w(delimiter);
  w.byte_order_mark();
  for (std::string_view name : kDecisionColumns) w.text(name);
  w.end_row();
  for (std::size_t i = 0; i < claims.size(); ++i) {
    if (!has_row[i]) continue;
    const Json& c = claims[i];
    const std::string* order_currency_code = claim_string(c, {"order", "currency"});
    const Currency* order_currency =
        order_currency_code ? find_currency(*order_currency_code) : nullptr;
    const Currency* payout_currency = payout_currency_of(c);
    const auto& d = decided[i];

    text_cell(w, claim_string(c, {"id"}));
    text_cell(w, claim_string(c, {"order", "id"}));
    date_cell(w, claim_string(c, {"order", "date"}));
    money_cell(w, claim_string(c, {"order", "amount"}), order_currency, delimiter);
    text_cell(w, order_currency_code);
    money_cell(w, claim_string(c, {"expected_payout"}), payout_currency, delimiter);
    if (d && d->decision != "decline") w.plain(money_cell_text(d->payout, delimiter));
    else w.empty();
    w.text(kTrackingMode);
    text_cell(w, claim_string(c, {"reason"}));
    text_cell(w, claim_string(c, {"tracked", "action_id"}));
    money_cell(w, claim_string(c, {"tracked", "amount"}), order_currency, delimiter);
    date_cell(w, claim_string(c, {"click_date"}));
    text_cell(w, claim_string(c, {"order", "promo_code"}));
    const Json* attachments = FieldReader::find(c, "attachments");
    w.plain(std::to_string(attachments && attachments->is_array() ? attachments->size() : 0));
    text_cell(w, claim_string(c, {"publisher", "id"}));
    text_cell(w, claim_string(c, {"member_ref"}));
    text_cell(w, claim_string(c, {"comment"}));
    if (d) {
      w.text(action_of(d->decision));
      w.plain(d->transaction_date);
      w.text(d->decline_reason);
      w.text(d->message);
    } else {
      for (int k = 0; k < 4; ++k) w.empty();
    }
    w.end_row();
  }

  Json result = Json::object();
  result["csv"] = std::move(w.str());
  result["issues"] = issues.to_json();
  return result;
}

}  // namespace claims
