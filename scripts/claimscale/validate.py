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

def later_uses(claim_buckets, *key_lists):
    """For each advertiser bucket, {seq: (first claim's advertiser, publisher, id)} for the
    claims whose (publisher, claim id) an earlier claim of the input already has."""
    first = {}
    for keys in key_lists:
        for publisher, claim_id, seq, advertiser in keys:
            known = first.get((publisher, claim_id))
            if known is None or seq < known[0]:
                first[(publisher, claim_id)] = (seq, advertiser)
    out = [{} for _ in range(claim_buckets)]
    for keys in key_lists:
        for publisher, claim_id, seq, advertiser in keys:
            first_seq, first_advertiser = first[(publisher, claim_id)]
            if seq != first_seq:
                out[bucket_of(advertiser, claim_buckets)][seq] = (first_advertiser, publisher,
                                                                  claim_id)
    return out


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
                    later_lists):
    """A task: the verdict rows [(seq, csv text)] of one bucket's advertisers, in input
    order, and the requests' top-level issues [(advertiser, issue)]."""
    groups = {}
    for claims in claim_lists:  # chunk order, each in input order: the groups stay in order
        for claim in claims:
            groups.setdefault(claim.advertiser, []).append(claim)
    later = {}
    for part in later_lists:
        later.update(part)
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
                at = sum(1 for issue in issues if issue["code"] in ("claim.required",
                                                                     "claim.invalid"))
                issues.insert(at, cross_issue(*later[claim.seq]))
                valid = False
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
                 window_bytes=windows.WINDOW_BYTES, notes_out=None):
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

    later = [client.submit(later_uses, buckets, *parts("keys", b), key=f"cross-{run}-{b}",
                           retries=3) for b in range(buckets)]
    later_parts = [[client.submit(pick, f, b, key=f"later-{run}-{n}-{b}")
                    for n, f in enumerate(later)] for b in range(buckets)]
    bucket_policies = [{"default_policy": policies["default_policy"], "advertisers": {}}
                       for _ in range(buckets)]
    for advertiser, entry in policies["advertisers"].items():
        bucket_policies[bucket_of(advertiser, buckets)]["advertisers"][advertiser] = entry
    verdicts = [client.submit(validate_bucket, as_of, bucket_policies[b], file_names,
                              window_claims, window_bytes, parts("claims", b),
                              later_parts[b], key=f"validate-{run}-{b}", retries=3)
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
