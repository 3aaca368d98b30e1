// Property: for generated sales, compute_payout equals the exact rational answer rounded
// once. The expected value is computed here independently, with plain 128-bit integers and
// a different rounding formulation (floor((2n + d) / 2d)), not with the core's Decimal.
#include <gtest/gtest.h>

#include <random>

#include "call.h"

using namespace claims;
using claims::testing::result_of;

namespace {

__extension__ typedef __int128 I128;

struct Cur {
  const char* code;
  int decimals;
};
constexpr Cur kCurrencies[] = {{"EUR", 2}, {"JPY", 0}, {"KWD", 3}, {"USD", 2}};

I128 p10(int n) {
  I128 v = 1;
  while (n-- > 0) v *= 10;
  return v;
}

// Fixed-point text of a non-negative value with exactly `decimals` decimals.
std::string fixed(I128 v, int decimals) {
  std::string s;
  do {
    s.insert(s.begin(), char('0' + int(v % 10)));
    v /= 10;
  } while (v > 0);
  if (decimals == 0) return s;
  while (int(s.size()) <= decimals) s.insert(s.begin(), '0');
  s.insert(s.end() - decimals, '.');
  return s;
}

// n / d for n >= 0, d > 0, rounded: half_up is floor((2n + d) / 2d); half_even steps back
// from that when the quotient was an exact tie that landed on an odd number.
I128 expected_round(I128 n, I128 d, bool half_even) {
  const I128 up = (2 * n + d) / (2 * d);
  const bool tie = (2 * n + d) % (2 * d) == 0;
  if (half_even && tie && up % 2 != 0) return up - 1;
  return up;
}

}  // namespace

TEST(ComputePayoutProperty, ExactRationalRoundedOnce) {
  std::mt19937_64 rng(20260305);
  auto below = [&](std::uint64_t n) { return n ? rng() % n : 0; };
  int checked = 0, ties = 0, out_of_range = 0;
  for (int i = 0; i < 3000; ++i) {
    const Cur contract = kCurrencies[below(4)];
    const bool use_fx = below(3) == 0;
    const Cur sale = use_fx ? kCurrencies[below(4)] : contract;
    const bool converts = std::string(sale.code) != contract.code;
    const bool half_even = below(2) == 1;

    // 1 to 4 items (or none), each of a random size with a random category percent.
    const int n_items = int(below(5));
    // A quarter of the cases use round percents, which make exact halves (where the two
    // modes differ) common; the rest any percent from 0 to 100.0000.
    constexpr std::int64_t kRound[] = {50000, 25000, 125000, 500000, 1250};
    const bool round_rates = below(4) == 0;
    auto percent = [&] {
      return round_rates ? kRound[below(5)] : std::int64_t(below(1'000'001));
    };
    const std::int64_t base_percent = percent();
    const std::int64_t cat_percent = percent();
    std::int64_t fx_units = 1'000'000;
    if (converts) fx_units = std::int64_t(1 + below(5'000'000'000));  // up to 5000 per unit

    Json contract_json = {{"currency", contract.code},
                          {"rounding", half_even ? "half_even" : "half_up"},
                          {"commission",
                           {{"sale",
                             {{"percent", fixed(base_percent, 4)},
                              {"categories", {{"cat", {{"percent", fixed(cat_percent, 4)}}}}}}}}}};
    Json sale_json = {{"currency", sale.code}};
    // Sum over lines of subtotal (sale minor units) x percent (10^-4 %).
    I128 numerator = 0;
    std::vector<std::int64_t> bases;  // the amounts the percent applies to, sale minor units
    const int digits = 1 + int(below(9));  // amounts up to 10^digits minor units
    if (n_items == 0) {
      const std::int64_t amount = std::int64_t(below(std::uint64_t(p10(digits))));
      sale_json["amount"] = fixed(amount, sale.decimals);
      numerator = I128(amount) * base_percent;
      bases.push_back(amount);
    } else {
      Json items = Json::array();
      std::int64_t total = 0;
      for (int k = 0; k < n_items; ++k) {
        const std::int64_t sub = std::int64_t(below(std::uint64_t(p10(digits))));
        const bool in_cat = below(2) == 1;
        Json item = {{"sku", "S" + std::to_string(k)}, {"subtotal", fixed(sub, sale.decimals)}};
        if (in_cat) item["category"] = "cat";
        items.push_back(item);
        total += sub;
        bases.push_back(sub);
        numerator += I128(sub) * (in_cat ? cat_percent : base_percent);
      }
      sale_json["amount"] = fixed(total, sale.decimals);
      sale_json["items"] = items;
    }
    Json request = {{"contract", contract_json}, {"event_type", "sale"}, {"sale", sale_json}};
    if (use_fx) request["fx"] = {{"rate", fixed(fx_units, 6)}};
    const std::int64_t share = std::int64_t(below(1'000'001));
    request["member_share"] = fixed(share, 4);

    // Contract minor units = sum(sub x pct) x rate x 10^dc / (10^ds x 10^6 (pct) x 10^6 (rate)).
    const I128 n = numerator * (converts ? fx_units : 1) * p10(contract.decimals);
    const I128 d = p10(sale.decimals) * p10(6) * (converts ? p10(6) : 1);
    const I128 payout = expected_round(n, d, half_even);
    const I128 cashback = expected_round(payout * share, p10(6), half_even);
    if ((2 * n + d) % (2 * d) == 0) ++ties;

    // Each converted base, and the total, must stay within the range.
    const I128 limit = 9'000'000'000'000;
    bool beyond = payout > limit;
    const I128 unit = p10(contract.decimals) * (converts ? fx_units : 1);
    const I128 unit_d = p10(sale.decimals) * (converts ? p10(6) : 1);
    for (std::int64_t b : bases)
      if (expected_round(b * unit, unit_d, half_even) > limit) beyond = true;

    const Json r = result_of("compute_payout", request);
    ASSERT_TRUE(r.contains("payout")) << r.dump();
    if (beyond) {
      ++out_of_range;
      ASSERT_EQ(r.at("issues").size(), 1u) << request.dump();
      EXPECT_EQ(r.at("issues")[0].at("code"), "money.out_of_range") << request.dump();
      EXPECT_TRUE(r.at("payout").is_null());
      ++checked;
      continue;
    }
    ASSERT_EQ(r.at("issues"), Json::array()) << request.dump();
    EXPECT_EQ(r.at("payout"), fixed(payout, contract.decimals)) << request.dump();
    EXPECT_EQ(r.at("member_cashback"), fixed(cashback, contract.decimals)) << request.dump();
    ++checked;
  }
  EXPECT_EQ(checked, 3000);
  // The generator must reach the cases that matter: exact halves and the range edge.
  EXPECT_GT(ties, 50);
  EXPECT_GT(out_of_range, 5);
  EXPECT_LT(out_of_range, 300);
}
