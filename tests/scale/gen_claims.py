"""Generated network claims for scripts/scale's tests and bench (fixed seed).

A network's CSV files (import_claims_csv columns plus publisher_id) and a POLICIES.json.
The data holds what the partitioning must get right:
- a few large advertisers (a third of the claims), cut into windows when the test's
  window is small, and many small ones;
- an order claimed twice for one advertiser with order dates months apart (so in two
  windows), the second time as `wrong_amount` (known_orders would not flag it) and with a
  later or an earlier order date (the input's order decides which claim is the second);
- a claim id used twice for one advertiser, months apart;
- a publisher's claim id used again for another advertiser (the cross-advertiser pass),
  and another publisher's claim with the same id (not a duplicate across advertisers);
- orders in the advertisers' known_orders; claims with no advertiser;
- quoted comments with a line break and quotes; a row with a cell too many.
"""
import argparse
import datetime
import json
import os
import random

COLUMNS = ["claim_id", "publisher_id", "member_ref", "advertiser_id", "order_id", "order_date",
           "order_amount", "currency", "expected_payout", "reason", "promo_code",
           "tracked_action_id", "tracked_amount", "tracked_payout", "tracked_date", "filed_on",
           "comment"]
AS_OF = "2026-06-30"


def cell(text):
    if any(ch in text for ch in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def generate(out_dir, claims=20_000, advertisers=1_000, files=3, seed=29):
    rnd = random.Random(seed)
    os.makedirs(out_dir, exist_ok=True)
    start = datetime.date(2026, 1, 1)
    big = max(1, advertisers // 200)
    rows = []  # (file index, text cells)
    planted = {"order_across_windows": 0, "id_within": 0, "id_across": 0}
    used = []  # earlier rows' (publisher, claim id, advertiser, order id, date)

    def advertiser_of():
        if rnd.random() < 1 / 3:
            return f"adv-{rnd.randrange(big):04d}"
        return f"adv-{rnd.randrange(advertisers):04d}"

    for n in range(claims):
        publisher = f"pub-{rnd.randrange(20):02d}"
        advertiser = advertiser_of()
        day = start + datetime.timedelta(days=rnd.randrange(170))
        claim_id = f"C-{n:07d}"
        order_id = f"O-{n:07d}"
        reason = rnd.choice(["untracked", "untracked", "untracked", "wrong_amount", "declined"])
        kind = rnd.random()
        if used and kind < 0.02:  # the same order for the same advertiser, months later
            p, c, a, o, d = rnd.choice(used)
            advertiser, order_id, reason = a, o, "wrong_amount"
            # later in the input, with a later or an earlier order date (another window
            # either way; the single request flags the one later in the input)
            day = d + datetime.timedelta(days=rnd.choice([120, -120]))
            day = min(max(day, start), start + datetime.timedelta(days=175))
            planted["order_across_windows"] += 1
        elif used and kind < 0.03:  # a claim id again for the same advertiser
            p, c, a, o, d = rnd.choice(used)
            publisher, claim_id, advertiser = p, c, a
            day = min(d + datetime.timedelta(days=100), start + datetime.timedelta(days=175))
            planted["id_within"] += 1
        elif used and kind < 0.045:  # the publisher's claim id again, another advertiser
            p, c, a, o, d = rnd.choice(used)
            publisher, claim_id = p, c
            planted["id_across"] += 1
        elif used and kind < 0.05:  # another publisher's claim with the same id
            p, c, a, o, d = rnd.choice(used)
            claim_id = c
        if kind > 0.995:
            advertiser = ""
        amount = rnd.randrange(1_00, 500_00)
        payout = amount * rnd.choice([3, 5, 8]) // 100
        tracked = ["", "", "", ""]
        if reason == "wrong_amount":
            tracked = [f"T-{n}", f"{amount // 2 // 100}.{amount // 2 % 100:02d}",
                       f"{payout // 2 // 100}.{payout // 2 % 100:02d}",
                       (day + datetime.timedelta(days=3)).isoformat()]
        elif reason == "declined":
            tracked = [f"T-{n}", "", "", (day + datetime.timedelta(days=5)).isoformat()]
        filed = day + datetime.timedelta(days=rnd.randrange(5, 120))
        comment = rnd.choice(["", "", "member used our link", 'said "yes",\nthen no'])
        cells = [claim_id, publisher, f"m-{rnd.randrange(100000)}", advertiser, order_id,
                 day.isoformat(), f"{amount // 100}.{amount % 100:02d}",
                 rnd.choice(["EUR", "EUR", "GBP"]), f"{payout // 100}.{payout % 100:02d}",
                 reason, rnd.choice(["", "", "PARTNER10", "WELCOME5"]), *tracked,
                 filed.isoformat() if filed.isoformat() <= AS_OF else "", comment]
        if rnd.random() < 0.0005:
            cells.append("one cell too many")
        rows.append(",".join(cell(c) for c in cells))
        if advertiser:
            used.append((publisher, claim_id, advertiser, order_id, day))
            if len(used) > 5000:
                used.pop(rnd.randrange(len(used)))
    paths = []
    per_file = (len(rows) + files - 1) // files
    for f in range(files):
        path = os.path.join(out_dir, f"claims-{f}.csv")
        with open(path, "w", encoding="utf-8", newline="") as out:
            out.write(",".join(COLUMNS) + "\r\n")
            out.write("".join(r + "\r\n" for r in rows[f * per_file:(f + 1) * per_file]))
        paths.append(path)
    policies = {"default_policy": {"min_wait_days": 14, "max_age_days": 90,
                                   "proof": {"required_for": []}},
                "advertisers": {}}
    for a in range(0, advertisers, 7):
        entry = {"known_orders": [f"O-{rnd.randrange(claims):07d}" for _ in range(20)]}
        if a % 2:
            entry["policy"] = {"min_wait_days": 7, "max_age_days": 60,
                               "promo_codes": {"allowed": ["PARTNER10"]},
                               "proof": {"required_for": []}}
        policies["advertisers"][f"adv-{a:04d}"] = entry
    policies_path = os.path.join(out_dir, "policies.json")
    with open(policies_path, "w", encoding="utf-8") as out:
        json.dump(policies, out, indent=1)
    return paths, policies_path, planted


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir")
    parser.add_argument("--claims", type=int, default=20_000)
    parser.add_argument("--advertisers", type=int, default=1_000)
    parser.add_argument("--files", type=int, default=3)
    args = parser.parse_args()
    paths, policies, planted = generate(args.out_dir, args.claims, args.advertisers, args.files)
    print(json.dumps({"files": paths, "policies": policies, "planted": planted}))
