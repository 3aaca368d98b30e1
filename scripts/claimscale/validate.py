"""`scale validate`: a network's claims files, one validate_claims request per advertiser.

The stages, each a set of Dask tasks (the graph is kept, so a worker's death only reruns
what it held):
1. import: each file is cut into chunks at record boundaries (chunks.py); a worker's
   `claimctl --lines import_claims_csv` turns a chunk into claim objects and the file's
   csv.* issues. Each claim gets its place in the input (`seq`: file, chunk, index) and goes
   to the bucket of its advertiser (crc32 of the id, stable across processes) and, for the
   cross-advertiser pass, to the bucket of its (publisher, claim id).
2. cross: per (publisher, claim id), the first claim in input order. Every later claim with
   that key is a candidate for claim.duplicate_id; it is sent to its advertiser's bucket.
3. validate: a bucket's claims grouped by advertiser, in input order; each advertiser's
   claims are one validate_claims request (or windows of it, windows.py) with its policy
   and known orders, answered by the worker's `claimctl --lines validate_claims`. A
   candidate of stage 2 gets the cross-advertiser claim.duplicate_id when its own request
   gave it none (its id was not already used within its advertiser).
4. the verdict rows, sorted by input order in each bucket, are merged on the client and
   written.
"""
import heapq
import io
import csv
import json
import re
import uuid
import zlib

from claimscale import chunks as chunking
from claimscale import windows, workers

HEADER = ["file", "claim_id", "publisher_id", "advertiser_id", "valid", "claimable_from",
          "claimable_until", "issue_codes", "issue_paths", "issue_messages"]
FILE_ISSUE_SEQ = 1 << 47  # file issues come after their file's claims, by line
_CLAIM_PATH = re.compile(r"^/claims/\d+")


def bucket_of(text, buckets):
    return zlib.crc32((text or "").encode("utf-8", "surrogatepass")) % buckets


def csv_row(cells):
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerow(cells)
    return out.getvalue()


# ---- stage 1: import -------------------------------------------------------------------

def import_chunk(chunk, file_name, claim_buckets, key_buckets):
    request = '{"include_claims":true,"csv":' + json.dumps(
        chunk.text().decode("utf-8", "surrogateescape")) + "}"
    [response] = workers.answer("import_claims_csv", [request.encode("utf-8", "surrogatepass")])
    answer, claims = _split_import_response(response.decode("utf-8", "surrogatepass"))
    base = (chunk.file_index << 48) | (chunk.index << 24)
    rows = []
    by_advertiser = [[] for _ in range(claim_buckets)]
    by_key = [[] for _ in range(key_buckets)]
    if not answer["ok"]:
        error = answer["error"]
        rows.append((base | FILE_ISSUE_SEQ, csv_row(
            [file_name, "", "", "", "false", "", "", error["code"], error["path"],
             error["message"]])))
        return {"claims": by_advertiser, "keys": by_key, "rows": rows}
    for issue in answer["result"]["issues"]:
        line = re.match(r"^/rows/(\d+)", issue["path"])
        seq = (chunk.file_index << 48) | FILE_ISSUE_SEQ | (int(line.group(1)) if line else 0)
        rows.append((seq, csv_row([file_name, "", "", "", "false" if issue["severity"] ==
                                   "error" else "true", "", "", issue["code"], issue["path"],
                                   issue["message"]])))
    for i, (obj, text) in enumerate(claims):
        claim = windows.Claim(base | i, obj, text)
        by_advertiser[bucket_of(claim.advertiser, claim_buckets)].append(claim)
        if claim.publisher is not None and claim.id is not None:
            by_key[bucket_of(claim.publisher + "\0" + claim.id, key_buckets)].append(
                (claim.publisher, claim.id, claim.seq, claim.advertiser))
    return {"claims": by_advertiser, "keys": by_key, "rows": rows}


_DECODER = json.JSONDecoder()
_CLAIMS_START = '{"ok":true,"result":{"claims":['


def _split_import_response(text):
    """The response, and each claim as (object, its JSON text as the core wrote it): the
    text is sliced from the response, not written again."""
    if not text.startswith(_CLAIMS_START):
        return json.loads(text), []
    claims, pos = [], len(_CLAIMS_START)
    while text[pos] != "]":
        obj, end = _DECODER.raw_decode(text, pos)
        claims.append((obj, text[pos:end]))
        pos = end + 1 if text[end] == "," else end
    rest = json.loads('{"claims":[]' + text[pos + 1:-1])  # the result's other members
    return {"ok": True, "result": rest}, claims


def pick(result, *path):
    """A task next to its input: one part of a stage's result, so only that part moves."""
    for step in path:
        result = result[step]
    return result


# ---- stage 2: the cross-advertiser pass ---------------------------------------------------

def later_uses(claim_buckets, digest_buckets, attachments, *key_lists):
    """Per (publisher, claim id): for each advertiser bucket, {seq: (first claim's
    advertiser, publisher, id)} for the claims whose key an earlier claim of the input
    already has; the attachments joined to the claims with that key ({seq: [...]} per
    advertiser bucket); and each joined proof digest with its claim, per digest bucket."""
    first = {}
    for keys in key_lists:
        for publisher, claim_id, seq, advertiser in keys:
            known = first.get((publisher, claim_id))
            if known is None or seq < known[0]:
                first[(publisher, claim_id)] = (seq, advertiser)
    later = [{} for _ in range(claim_buckets)]
    attached = [{} for _ in range(claim_buckets)]
    digests = [[] for _ in range(digest_buckets)]
    for keys in key_lists:
        for publisher, claim_id, seq, advertiser in keys:
            bucket = bucket_of(advertiser, claim_buckets)
            first_seq, first_advertiser = first[(publisher, claim_id)]
            if seq != first_seq:
                later[bucket][seq] = (first_advertiser, publisher, claim_id)
            proofs = attachments.get((publisher, claim_id))
            if proofs is not None:
                attached[bucket][seq] = proofs
                for digest in {a.get("sha256") for a in proofs if isinstance(a, dict)}:
                    if isinstance(digest, str) and _SHA256.match(digest):
                        digests[bucket_of(digest, digest_buckets)].append(
                            (digest, seq, advertiser, claim_id))
    return {"later": later, "attached": attached, "digests": digests}


def later_digest_uses(claim_buckets, *digest_lists):
    """Per proof digest: for each advertiser bucket, {seq: {digest: (first claim's
    advertiser, its id)}} for the claims whose digest an earlier claim already has."""
    first = {}
    for uses in digest_lists:
        for digest, seq, advertiser, claim_id in uses:
            if digest not in first or seq < first[digest][0]:
                first[digest] = (seq, advertiser, claim_id)
    out = [{} for _ in range(claim_buckets)]
    for uses in digest_lists:
        for digest, seq, advertiser, claim_id in uses:
            first_seq, first_advertiser, first_id = first[digest]
            if seq != first_seq:
                out[bucket_of(advertiser, claim_buckets)].setdefault(seq, {})[digest] = (
                    first_advertiser, first_id)
    return out


def read_attachments(path):
    """ATTACHMENTS.jsonl: {"publisher_id", "claim_id", "attachments": [...]} a line."""
    joined = {}
    if path is None:
        return joined
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            entry = json.loads(line)
            if not (isinstance(entry, dict) and isinstance(entry.get("publisher_id"), str) and
                    isinstance(entry.get("claim_id"), str) and
                    isinstance(entry.get("attachments"), list)):
                raise ValueError(f"{path}:{n}: expected {{\"publisher_id\", \"claim_id\", "
                                 "\"attachments\": [...]}")
            joined[(entry["publisher_id"], entry["claim_id"])] = entry["attachments"]
    return joined


_SHA256 = re.compile(r"^[0-9a-f]{64}$")
# The spec's table order (core/domain/claim_validator.cpp's kCodeOrder), for placing a
# cross-advertiser issue among a claim's own.
_CODE_ORDER = ["claim.required", "claim.invalid", "claim.duplicate_id", "order.duplicate",
               "date.invalid", "order.date_in_future", "claim.too_early", "claim.expired",
               "click.after_order", "click.outside_window", "money.invalid",
               "money.out_of_range", "currency.unknown", "payout.exceeds_order",
               "tracked.required", "tracked.not_lower", "items.exceed_order", "order.returned",
               "order.not_online", "promo.not_allowed", "proof.required", "proof.too_many",
               "proof.too_large", "proof.type_not_allowed", "proof.invalid_digest",
               "proof.reused", "comment.required", "text.too_long"]


def _rank(code):
    code = "text.too_long" if code == "text.invalid" else code
    return _CODE_ORDER.index(code) if code in _CODE_ORDER else len(_CODE_ORDER)


def reuse_issues(attachments, own_issues, uses):
    """The cross-advertiser proof.reused warnings of one claim: each attachment whose
    digest an earlier claim of another advertiser has, unless its own request already
    said so (then the first claim was of its own advertiser)."""
    own = {i["path"] for i in own_issues if i["code"] == "proof.reused"}
    found = []
    for i, attachment in enumerate(attachments):
        if not isinstance(attachment, dict) or attachment.get("sha256") not in uses:
            continue
        path = f"/attachments/{i}/sha256"
        if path in own:
            continue
        first_advertiser, first_id = uses[attachment["sha256"]]
        name = attachment.get("name")
        label = "Attachment " + (_quote(name) if isinstance(name, str) else str(i))
        found.append({"severity": "warning", "code": "proof.reused", "path": path,
                      "message": label + " (sha256 " + attachment["sha256"][:12] +
                                 "...) is also attached to claim " + _quote(first_id) +
                                 " of " + ("advertiser " + _quote(first_advertiser)
                                           if first_advertiser is not None
                                           else "no advertiser") + " (another request)."})
    return found


def insert_in_order(issues, issue):
    """After the issues of earlier rows of the table, and of the same row at earlier
    attachments (the core's order: the table's rows, then document order)."""
    rank = _rank(issue["code"])
    at = 0
    while at < len(issues) and (_rank(issues[at]["code"]) < rank or (
            _rank(issues[at]["code"]) == rank and _attachment(issues[at]) < _attachment(issue))):
        at += 1
    issues.insert(at, issue)


def _attachment(issue):
    m = re.match(r"^/attachments/(\d+)", issue["path"])
    return int(m.group(1)) if m else -1


def cross_issue(first_advertiser, publisher, claim_id):
    whose = ("advertiser " + _quote(first_advertiser) if first_advertiser is not None
             else "a claim with no advertiser")
    return {"severity": "error", "code": "claim.duplicate_id", "path": "/id",
            "message": "Claim id " + _quote(claim_id) + " of publisher " + _quote(publisher) +
                       " is already used by a claim for " + whose + " (another request)."}


def _quote(text):
    return '"' + (text if len(text) <= 64 else text[:64] + "...") + '"'


# ---- stage 3: validation per advertiser ----------------------------------------------------

def advertiser_request(as_of, entry, advertiser, claims):
    parts = ['{"as_of":', json.dumps(as_of)]
    if entry.get("policy") is not None:
        parts += [',"policy":', json.dumps(entry["policy"], separators=(",", ":"))]
    if entry.get("known_orders") and advertiser is not None:
        parts += [',"known_orders":', json.dumps(
            [{"advertiser_id": advertiser, "order_id": o} for o in entry["known_orders"]],
            separators=(",", ":"))]
    parts += [',"claims":[', ",".join(c.text for c in claims), "]}"]
    return "".join(parts).encode("utf-8", "surrogatepass")


def validate_bucket(as_of, policies, file_names, window_claims, window_bytes, claim_lists,
                    later_lists, attached_lists, reused_lists):
    """A task: the verdict rows [(seq, csv text)] of one bucket's advertisers, in input
    order, and the requests' top-level issues [(advertiser, issue)]."""
    later, attached, reused = {}, {}, {}
    for parts, into in ((later_lists, later), (attached_lists, attached)):
        for part in parts:
            into.update(part)
    for part in reused_lists:  # one claim's digests may come from several digest buckets
        for seq, uses in part.items():
            reused.setdefault(seq, {}).update(uses)
    groups = {}
    for claims in claim_lists:  # chunk order, each in input order: the groups stay in order
        for claim in claims:
            if claim.seq in attached:
                claim.attach(attached[claim.seq])
            groups.setdefault(claim.advertiser, []).append(claim)
    plans, lines = [], []
    for advertiser, claims in groups.items():
        entry = policies["advertisers"].get(advertiser) or {}
        entry = {"policy": entry.get("policy", policies.get("default_policy")),
                 "known_orders": entry.get("known_orders")}
        for members, kept in windows.plan(claims, window_claims, window_bytes):
            plans.append((advertiser, claims, members, kept))
            lines.append(advertiser_request(as_of, entry, advertiser,
                                            [claims[i] for i in members]))
    responses = workers.answer("validate_claims", lines) if lines else []
    rows, notes = [], []
    for (advertiser, claims, members, kept), response in zip(plans, responses):
        answer = json.loads(response)
        if not answer["ok"]:
            error = answer["error"]
            for i in members:
                if kept is None or i in kept:
                    rows.append(_row(file_names, claims[i], "", None, None, [error]))
            notes.append((advertiser, error))
            continue
        notes += [(advertiser, issue) for issue in answer["result"]["issues"]]
        for j, verdict in enumerate(answer["result"]["claims"]):
            i = members[j]
            if kept is not None and i not in kept:
                continue
            claim = claims[i]
            issues = verdict["issues"]
            for issue in issues:
                issue["path"] = _CLAIM_PATH.sub("", issue["path"], count=1)
                if kept is not None:
                    issue["message"] = windows.remap_message(issue["code"], issue["message"],
                                                             members)
            valid = verdict["valid"]
            if claim.seq in later and _takes_cross_issue(verdict):
                insert_in_order(issues, cross_issue(*later[claim.seq]))
                valid = False
            if claim.seq in reused:
                for issue in reuse_issues(attached[claim.seq], issues, reused[claim.seq]):
                    insert_in_order(issues, issue)
            rows.append(_row(file_names, claim, "true" if valid else "false",
                             verdict["claimable_from"], verdict["claimable_until"], issues))
    rows.sort(key=lambda row: row[0])
    return {"rows": rows, "notes": notes}


def _takes_cross_issue(verdict):
    """A claim whose id its own request already found used, or that is not a valid
    identifier, or whose publisher is not (then every claim with these strings is so),
    gets no second claim.duplicate_id."""
    return verdict["id"] is not None and not any(
        issue["code"] == "claim.duplicate_id" or issue["path"].startswith("/publisher")
        for issue in verdict["issues"])


def _row(file_names, claim, valid, claimable_from, claimable_until, issues):
    return (claim.seq, csv_row([
        file_names[claim.seq >> 48], claim.id or "", claim.publisher or "",
        claim.advertiser or "", valid, claimable_from or "", claimable_until or "",
        " ".join(i["code"] for i in issues), " ".join(i["path"] for i in issues),
        "\n".join(i["message"] for i in issues)]))


# ---- the client's side ----------------------------------------------------------------------

def read_policies(path):
    """POLICIES.json: {"default_policy": {...}, "advertisers": {"adv-7": {"policy": {...},
    "known_orders": ["A-0999", ...]}}}; every member optional (docs/scale.md)."""
    if path is None:
        return {"default_policy": None, "advertisers": {}}
    with open(path, encoding="utf-8") as f:
        policies = json.load(f)
    if not isinstance(policies, dict) or not isinstance(policies.get("advertisers", {}), dict):
        raise ValueError(f"{path}: expected an object with an \"advertisers\" object")
    for advertiser, entry in policies.get("advertisers", {}).items():
        if not isinstance(entry, dict) or not isinstance(entry.get("known_orders", []), list):
            raise ValueError(f"{path}: advertisers.{advertiser} must be an object whose "
                             "known_orders is a list of order ids")
    return {"default_policy": policies.get("default_policy"),
            "advertisers": policies.get("advertisers", {})}


def run_validate(client, paths, as_of, policies, out_path, buckets=None,
                 chunk_bytes=chunking.CHUNK_BYTES, window_claims=windows.WINDOW_CLAIMS,
                 window_bytes=windows.WINDOW_BYTES, notes_out=None, attachments=None):
    """Writes the verdicts to `out_path`; returns the number of claim rows written."""
    run = uuid.uuid4().hex[:8]
    buckets = buckets or 4 * len(client.scheduler_info()["workers"])
    file_names = list(paths)
    chunk_list = [c for i, path in enumerate(paths)
                  for c in chunking.file_chunks(path, i, chunk_bytes)]
    imported = [client.submit(import_chunk, c, file_names[c.file_index], buckets, buckets,
                              key=f"import-{run}-{n}", retries=3)
                for n, c in enumerate(chunk_list)]

    def parts(part, b):
        return [client.submit(pick, f, part, b, key=f"{part}-{run}-{n}-{b}")
                for n, f in enumerate(imported)]

    joined = [{} for _ in range(buckets)]
    for (publisher, claim_id), proofs in (attachments or {}).items():
        joined[bucket_of(publisher + "\0" + claim_id, buckets)][(publisher, claim_id)] = proofs
    cross = [client.submit(later_uses, buckets, buckets, joined[b], *parts("keys", b),
                           key=f"cross-{run}-{b}", retries=3) for b in range(buckets)]

    def cross_parts(part, b):
        return [client.submit(pick, f, part, b, key=f"{part}-{run}-{n}-{b}")
                for n, f in enumerate(cross)]

    reused = [client.submit(later_digest_uses, buckets, *cross_parts("digests", b),
                            key=f"reused-{run}-{b}", retries=3) for b in range(buckets)]
    reused_parts = [[client.submit(pick, f, b, key=f"reused-part-{run}-{n}-{b}")
                     for n, f in enumerate(reused)] for b in range(buckets)]
    bucket_policies = [{"default_policy": policies["default_policy"], "advertisers": {}}
                       for _ in range(buckets)]
    for advertiser, entry in policies["advertisers"].items():
        bucket_policies[bucket_of(advertiser, buckets)]["advertisers"][advertiser] = entry
    verdicts = [client.submit(validate_bucket, as_of, bucket_policies[b], file_names,
                              window_claims, window_bytes, parts("claims", b),
                              cross_parts("later", b), cross_parts("attached", b),
                              reused_parts[b], key=f"validate-{run}-{b}", retries=3)
                for b in range(buckets)]
    file_rows = [client.submit(pick, f, "rows", key=f"rows-{run}-{n}")
                 for n, f in enumerate(imported)]
    results = client.gather(verdicts)
    file_issue_rows = client.gather(file_rows)
    count = 0
    with open(out_path, "w", encoding="utf-8", newline="", errors="surrogateescape") as out:
        out.write(csv_row(HEADER))
        for _, text in heapq.merge(*[r["rows"] for r in results], *file_issue_rows,
                                   key=lambda row: row[0]):
            out.write(text)
            count += 1
    if notes_out is not None:
        for r in results:
            notes_out.extend(r["notes"])
    return count
