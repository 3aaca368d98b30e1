// Operation import_decisions_csv (spec section 8): the conversions file comes back with
// the advertiser's Action column filled in, and becomes the decisions it holds, shaped as
// export_decisions_csv takes them.
#include <map>
#include <string>

#include "base/text.h"
#include "values/calendar.h"
#include "values/money.h"
#include "formats/csv_rows.h"
#include "formats/csv_writer.h"
#include "formats/json_writer.h"
#include "formats/spreadsheet_cells.h"
#include "requests/fields.h"
#include "requests/request.h"
#include "requests/request_limits.h"
#include "operations/decisions_csv.h"
#include "operations/operations.h"

namespace claims {

namespace {

enum Col : std::size_t { kConversionId, kAction, kPayout, kTransactionDate, kDeclineReason,
                         kMessage };

std::vector<CsvColumn> decision_columns() {
  return {{"Conversion ID", true}, {"Action", true},          {"Payout", false},
          {"Transaction date", false}, {"Decline reason", false}, {"Message", false}};
}

// The file's words for a decision; nullptr when the action is not one of them.
const char* decision_of(std::string_view action) {
  const std::string_view a = trim_blanks(action);
  const auto is = [a](std::string_view word) { return equal_ignoring_case(a, word); };
  if (is("validate") || is("accepted") || is("accept")) return "accept";
  if (is("reject") || is("refused") || is("decline")) return "decline";
  if (is("request_info")) return "request_info";
  return nullptr;
}

Json cell_or_null(std::string_view v) { return v.empty() ? Json(nullptr) : Json(std::string(v)); }

// No currency has more than 3 decimals: the shape check used when no claims tell which
// currency a payout is in.
constexpr int kMaxDecimals = 3;

}  // namespace

namespace {

// The operation over the file's text, wherever it came from (`csv` or the payload).
StatusOr<Json> import_decisions(const Json& request, std::string_view text,
                                const Payload* payload) {
  ASSIGN_OR_RETURN(const Json* claims, read_array(request, "claims", false));

  // Claims serve only to recognise ids and to know each payout's currency.
  std::map<std::string, const Json*> claim_by_id;
  if (claims) {
    for (const Json& c : *claims) {
      const std::string* id = claim_string(c, {"id"});
      if (id) claim_by_id.emplace(*id, &c);
    }
  }

  Issues issues;
  Json decisions = Json::array();
  std::string scratch;  // a cell read into section 2's form
  CsvRows rows(text, decision_columns());
  if (rows.read_header(issues)) {
    for (;;) {
      const CsvRows::Next n = rows.next(issues);
      if (payload) payload->report(rows.position());
      if (n == CsvRows::Next::end) break;
      if (n == CsvRows::Next::too_large) return csv_too_long(Path("/csv"));
      const std::string_view action = strip_formula_guard(rows.cell(kAction));
      if (action.empty()) continue;  // undecided
      Issues row;
      const std::string_view claim_id = strip_formula_guard(rows.cell(kConversionId));
      const Json* claim = nullptr;
      if (claim_id.empty()) {
        row.error("resolution.required", rows.cell_path(kConversionId),
                  "The row on line " + std::to_string(rows.line()) +
                      " has an Action but no Conversion ID.");
      } else if (!is_identifier(claim_id)) {
        // A claim id, as in a decision's claim_id (spec section 2).
        row.error("resolution.invalid", rows.cell_path(kConversionId),
                  "Conversion ID " + quote_value(claim_id) + " must be " + identifier_rule() +
                      ".");
      } else if (claims) {
        auto it = claim_by_id.find(std::string(claim_id));
        if (it == claim_by_id.end()) {
          row.error("csv.unknown_claim", rows.cell_path(kConversionId),
                    "Conversion ID " + quote_value(claim_id) + " is not among the claims.");
        } else {
          claim = it->second;
        }
      }
      const char* decision = decision_of(action);
      if (!decision) {
        row.error("csv.invalid_action", rows.cell_path(kAction),
                  "Action " + quote_value(action) +
                      " is not validate, reject or request_info (or accepted, refused).");
      }

      // Spec section 8's spreadsheet round trip: in a `;` file a Payout may have a decimal
      // comma and a Transaction date may be day first; both come out in section 2's form.
      const char delimiter = rows.delimiter();
      Json payout = nullptr;
      if (const std::string_view cell = rows.cell(kPayout); !cell.empty()) {
        const Currency* currency = claim ? payout_currency_of(*claim) : nullptr;
        const int decimals = currency ? currency->decimals : kMaxDecimals;
        const std::optional<std::string_view> amount = read_money_cell(cell, delimiter, scratch);
        const ParsedAmount p =
            amount ? parse_amount(*amount, decimals) : ParsedAmount{AmountError::invalid, 0};
        if (p.error == AmountError::out_of_range) {
          row.error("money.out_of_range", rows.cell_path(kPayout),
                    "Payout " + quote_value(cell) + " is beyond the supported range.");
        } else if (p.error != AmountError::none || p.minor < 0) {
          row.error("money.invalid", rows.cell_path(kPayout),
                    "Payout " + quote_value(cell) +
                        (p.error == AmountError::too_many_decimals
                             ? " has more decimals than the currency allows."
                             : p.minor < 0 ? " is negative."
                                           : " is not an amount (" + money_cell_rule(delimiter) +
                                                 ")."));
        } else {
          // Canonical in the claim's currency; with a dot, decimals as written, when no
          // claim says which currency.
          payout = currency ? format_minor(p.minor, decimals) : std::string(*amount);
        }
      }
      Json transaction_date = nullptr;
      if (const std::string_view cell = rows.cell(kTransactionDate); !cell.empty()) {
        if (const auto date = read_date_cell(cell, delimiter, scratch)) {
          transaction_date = std::string(*date);
        } else {
          row.error("date.invalid", rows.cell_path(kTransactionDate),
                    "Transaction date " + quote_value(cell) + " is not a valid date (" +
                        date_cell_rule(delimiter) + ").");
        }
      }
      const std::string_view reason = strip_formula_guard(rows.cell(kDeclineReason));
      check_text(reason, rows.cell_path(kDeclineReason), row);
      const std::string_view message = strip_formula_guard(rows.cell(kMessage));
      check_text(message, rows.cell_path(kMessage), row);

      const bool bad = row.has_errors();
      issues.append(row);
      if (bad) continue;
      Json d = Json::object();
      d.get_ref<Json::object_t&>().reserve(6);  // growing an ordered_map copies its members
      d["claim_id"] = std::string(claim_id);
      d["decision"] = decision;
      d["payout"] = std::move(payout);
      d["transaction_date"] = std::move(transaction_date);
      d["decline_reason"] = cell_or_null(reason);
      d["message"] = cell_or_null(message);
      decisions.push_back(std::move(d));
    }
  }

  Json result = Json::object();
  result["decisions"] = std::move(decisions);
  result["issues"] = issues.to_json();
  return result;
}

}  // namespace

StatusOr<Json> import_decisions_csv(const Json& request) {
  ASSIGN_OR_RETURN(const std::string* csv, read_string(request, "csv"));
  return import_decisions(request, *csv, nullptr);
}

Status import_decisions_csv_payload(const Json& request, const Payload& csv, std::string& out) {
  ASSIGN_OR_RETURN(const Json result, import_decisions(request, csv.text, &csv));
  append_json(out, result);
  return Status();
}

}  // namespace claims
