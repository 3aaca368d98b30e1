"""scripts/scale against the single-process core, on a local Dask cluster of 2 workers.

Run by scripts/test (tests/scale/run.sh); alone:
  PYTHONPATH=scripts:tests/scale CLAIMCTL=build/native-release/cli/claimctl \
    /usr/bin/python3 -m unittest tests/scale/test_scale.py
SCALE_TEST_CLAIMS (default 20,000) and SCALE_TEST_ADVERTISERS (1,000) size the generated
network; the issue's 200,000 claims were run by hand (docs/scale.md).

The oracle is the plain core: each file through one `claimctl --csv FILE
import_claims_csv`, then each advertiser's claims, in input order, through one `claimctl
validate_claims` (a process per advertiser): no chunks, no windows, no Dask. The
cross-advertiser claim.duplicate_id (which no single request can see) is checked apart,
against the claims the generator reused across advertisers.
"""
import csv
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import unittest

from distributed import Client, LocalCluster, WorkerPlugin

import gen_claims
from claimscale import lines, validate, windows
from claimscale.workers import ClaimctlProcesses

CLAIMCTL = os.path.abspath(os.environ.get("CLAIMCTL", "build/native-release/cli/claimctl"))
CLAIMS = int(os.environ.get("SCALE_TEST_CLAIMS", "20000"))
ADVERTISERS = int(os.environ.get("SCALE_TEST_ADVERTISERS", "1000"))
WINDOW = 60          # claims per request: the large advertisers are cut into many windows
CHUNK_BYTES = 96 << 10  # many import chunks, each cut inside the files
CROSS = "(another request)."


def claimctl(*args, data=b""):
    done = subprocess.run([CLAIMCTL, *args], input=data, stdout=subprocess.PIPE, check=True)
    return done.stdout


def single_process_verdicts(paths, policies_path, attachments=None):
    """The verdict rows as the plain core gives them (see the module's doc), each claim
    with the attachments of its (publisher, claim id) when given."""
    with open(policies_path, encoding="utf-8") as f:
        policies = json.load(f)
    rows, file_rows, groups = [], [], {}
    for path in paths:
        with tempfile.NamedTemporaryFile("w", suffix=".json") as request:
            request.write('{"include_claims":true}')
            request.flush()
            answer = json.loads(claimctl("--csv", path, "import_claims_csv", request.name))
        for issue in answer["result"]["issues"]:
            file_rows.append({"file": path, "claim_id": "", "publisher_id": "",
                              "advertiser_id": "", "valid": "false" if issue["severity"] == "error"
                              else "true", "claimable_from": "", "claimable_until": "",
                              "issue_codes": issue["code"], "issue_paths": issue["path"],
                              "issue_messages": issue["message"]})
        for claim in answer["result"]["claims"]:
            key = ((claim.get("publisher") or {}).get("id"), claim.get("id"))
            if attachments and key in attachments:
                claim["attachments"] = attachments[key]
            advertiser = (claim.get("advertiser") or {}).get("id")
            groups.setdefault(advertiser, []).append((len(rows), path, claim))
            rows.append(None)
        rows.extend(file_rows)  # a file's csv.* issues come after its claims
        file_rows = []
    for advertiser, claims in groups.items():
        entry = policies["advertisers"].get(advertiser, {}) if advertiser else {}
        request = {"as_of": gen_claims.AS_OF, "claims": [c for _, _, c in claims]}
        policy = entry.get("policy", policies["default_policy"])
        if policy is not None:
            request["policy"] = policy
        if entry.get("known_orders"):
            request["known_orders"] = [{"advertiser_id": advertiser, "order_id": o}
                                       for o in entry["known_orders"]]
        answer = json.loads(claimctl("validate_claims", data=json.dumps(request).encode()))
        for (at, path, claim), verdict in zip(claims, answer["result"]["claims"]):
            issues = verdict["issues"]
            rows[at] = {
                "attachments": claim.get("attachments", []),
                "file": path, "claim_id": claim.get("id", ""),
                "publisher_id": (claim.get("publisher") or {}).get("id", ""),
                "advertiser_id": advertiser or "", "valid": "true" if verdict["valid"] else "false",
                "claimable_from": verdict["claimable_from"] or "",
                "claimable_until": verdict["claimable_until"] or "",
                "issue_codes": " ".join(i["code"] for i in issues),
                "issue_paths": " ".join(re.sub(r"^/claims/\d+", "", i["path"]) for i in issues),
                "issue_messages": "\n".join(i["message"] for i in issues)}
    return rows


def read_verdicts(path):
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames == validate.HEADER, reader.fieldnames
        return list(reader)


def without_cross_issue(row):
    """The row without the cross-advertiser issues (its `valid` left as it is), and those
    issues' (code, path)."""
    codes, paths = row["issue_codes"].split(" "), row["issue_paths"].split(" ")
    messages = row["issue_messages"].split("\n")
    keep = [i for i, m in enumerate(messages) if not m.endswith(CROSS)]
    if len(keep) == len(messages):
        return row, []
    return dict(row, issue_codes=" ".join(codes[i] for i in keep),
                issue_paths=" ".join(paths[i] for i in keep),
                issue_messages="\n".join(messages[i] for i in keep)), \
        [(codes[i], paths[i]) for i in range(len(messages)) if i not in keep]


def expected_cross(oracle):
    """(row, code, path) of the issues the cross-advertiser pass must add, from the
    single-process verdicts: a claim whose (publisher, valid id) an earlier claim of the
    input has, when its own request found no earlier claim with that id; an attachment
    whose digest an earlier claim has, when its own request did not say so."""
    seen, first_with_digest, found = set(), {}, set()
    for n, row in enumerate(oracle):
        codes, paths = row["issue_codes"].split(" "), row["issue_paths"].split(" ")
        if row["claim_id"] and row["publisher_id"]:
            key = (row["publisher_id"], row["claim_id"])
            bad_id = any(p in ("/id", "/publisher/id") and c in ("claim.invalid", "claim.required")
                         for c, p in zip(codes, paths))
            if key in seen and "claim.duplicate_id" not in codes and not bad_id:
                found.add((n, "claim.duplicate_id", "/id"))
            seen.add(key)
        for i, attachment in enumerate(row.get("attachments", [])):
            digest = attachment.get("sha256", "")
            if not re.fullmatch(r"[0-9a-f]{64}", digest):
                continue
            path = f"/attachments/{i}/sha256"
            if first_with_digest.setdefault(digest, n) != n and \
                    ("proof.reused", path) not in zip(codes, paths):
                found.add((n, "proof.reused", path))
    return found


class KillWorkerOnce(WorkerPlugin):
    """Kills the worker that starts the first validation task (once: a marker file)."""

    def __init__(self, marker):
        self.marker = marker

    def transition(self, key, start, finish, **kwargs):
        if finish == "executing" and str(key).startswith("validate-") and \
                not os.path.exists(self.marker):
            open(self.marker, "w").close()
            os.kill(os.getpid(), signal.SIGKILL)


def local_client():
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                           dashboard_address=None)
    client = Client(cluster)
    client.register_worker_plugin(ClaimctlProcesses(CLAIMCTL), name="claimctl")
    return cluster, client


class ScaleTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="scale-test-")
        cls.paths, cls.policies_path, cls.planted = gen_claims.generate(
            os.path.join(cls.tmp, "data"), CLAIMS, ADVERTISERS)
        cls.oracle = single_process_verdicts(cls.paths, cls.policies_path)
        cls.cluster, cls.client = local_client()

    @classmethod
    def tearDownClass(cls):
        cls.client.close()
        cls.cluster.close()
        shutil.rmtree(cls.tmp)

    def out(self, name):
        return os.path.join(self.tmp, name)

    def run_validate(self, client, paths, out, **options):
        return validate.run_validate(client, paths, gen_claims.AS_OF,
                                     validate.read_policies(self.policies_path), out,
                                     chunk_bytes=CHUNK_BYTES, window_claims=WINDOW, **options)

    def assert_same_as_single_process(self, rows, oracle=None):
        oracle = self.oracle if oracle is None else oracle
        self.assertEqual(len(rows), len(oracle))
        cross = set()
        for n, (row, expected) in enumerate(zip(rows, oracle)):
            own, added = without_cross_issue(row)
            cross |= {(n, code, path) for code, path in added}
            if any(code == "claim.duplicate_id" for code, _ in added):
                self.assertEqual(row["valid"], "false", f"verdict row {n}")
                own["valid"] = expected["valid"]
            self.assertEqual(own, {k: v for k, v in expected.items() if k != "attachments"},
                             f"verdict row {n}")
        self.assertEqual(cross, expected_cross(oracle))
        return {n for n, code, _ in cross if code == "claim.duplicate_id"}

    def test_validate_equals_one_request_per_advertiser(self):
        out = self.out("verdicts.csv")
        subprocess.run([sys.executable, "-m", "claimscale.cli", "--claimctl", CLAIMCTL,
                        "validate", *self.paths, "--as-of", gen_claims.AS_OF, "--policies",
                        self.policies_path, "--out", out, "--workers", "2", "--chunk-bytes",
                        str(CHUNK_BYTES), "--window-claims", str(WINDOW)], check=True)
        rows = read_verdicts(out)
        cross = self.assert_same_as_single_process(rows)
        # What the data must hold for the comparison to mean something:
        codes = [r["issue_codes"].split(" ") for r in self.oracle]
        self.assertGreater(len(cross), self.planted["id_across"] // 2)
        self.assertGreater(sum("order.duplicate" in c for c in codes),
                           self.planted["order_across_windows"] // 2)
        self.assertGreater(sum("claim.duplicate_id" in c for c in codes),
                           self.planted["id_within"] // 2)
        self.assertIn("csv.row_shape", [r["issue_codes"] for r in rows])
        self.assertGreater(sum(r["advertiser_id"] == "" and r["claim_id"] != "" for r in rows), 0)
        # The windows really cut the large advertisers, across their duplicates.
        claims = [r for r in rows if r["claim_id"]]
        sizes = {}
        for r in claims:
            sizes[r["advertiser_id"]] = sizes.get(r["advertiser_id"], 0) + 1
        self.assertGreater(max(sizes.values()), 10 * WINDOW)
        # One concrete cross-advertiser verdict, read as a user reads it.
        n = min(cross)
        self.assertEqual(rows[n]["valid"], "false")
        self.assertIn(f'Claim id "{rows[n]["claim_id"]}" of publisher '
                      f'"{rows[n]["publisher_id"]}" is already used by a claim for advertiser "adv-',
                      rows[n]["issue_messages"])

    def test_proofs_joined_and_reused_across_advertisers(self):
        paths, policies_path, _ = gen_claims.generate(self.out("proofs"), 3000, 40, files=2)
        pool = [f"{n:064x}" for n in range(1, 120)]
        rnd = __import__("random").Random(7)
        attachments = {}
        with open(paths[0], encoding="utf-8", newline="") as f:
            keys = [(r["publisher_id"], r["claim_id"]) for r in csv.DictReader(f)]
        for key in rnd.sample(keys, 600):
            digests = rnd.sample(pool, rnd.choice([1, 1, 2]))
            if rnd.random() < 0.05:
                digests.append(digests[0])           # one file twice on one claim
            if rnd.random() < 0.02:
                digests.append("ABC")                # not a digest
            attachments[key] = [{"name": f'proof "{d[-3:]}".pdf', "media_type": "application/pdf",
                                 "size": 1000, "sha256": d, "kind": "invoice"} for d in digests]
        attachments_path = self.out("attachments.jsonl")
        with open(attachments_path, "w", encoding="utf-8") as f:
            for (publisher, claim_id), proofs in attachments.items():
                f.write(json.dumps({"publisher_id": publisher, "claim_id": claim_id,
                                    "attachments": proofs}) + "\n")
        oracle = single_process_verdicts(paths, policies_path, attachments)
        out = self.out("verdicts-proofs.csv")
        validate.run_validate(self.client, paths, gen_claims.AS_OF,
                              validate.read_policies(policies_path), out, chunk_bytes=CHUNK_BYTES,
                              window_claims=WINDOW, attachments=validate.read_attachments(
                                  attachments_path))
        rows = read_verdicts(out)
        self.assert_same_as_single_process(rows, oracle)
        reused = [r for r in rows if "(another request)." in r["issue_messages"] and
                  "proof.reused" in r["issue_codes"]]
        self.assertGreater(len(reused), 20)
        self.assertGreater(sum("proof.reused" in r["issue_codes"].split(" ") for r in oracle), 20)
        self.assertRegex(reused[0]["issue_messages"], r'Attachment "proof "[0-9a-f]{3}".pdf" '
                         r'\(sha256 0{9}[0-9a-f]{3}\.\.\.\) is also attached to claim "C-\d{7}" of '
                         r'advertiser "adv-\d{4}" \(another request\)\.')

    def test_worker_killed_mid_run(self):
        marker = self.out("killed")
        cluster, client = local_client()
        try:
            client.register_worker_plugin(KillWorkerOnce(marker), name="kill-once")
            out = self.out("verdicts-killed.csv")
            self.run_validate(client, self.paths, out)
        finally:
            client.close()
            cluster.close()
        self.assertTrue(os.path.exists(marker), "no worker was killed")
        self.assert_same_as_single_process(read_verdicts(out))

    def test_validate_empty_and_header_only_files(self):
        empty, header = self.out("empty.csv"), self.out("header.csv")
        open(empty, "w").close()
        with open(header, "w") as f:
            f.write(",".join(gen_claims.COLUMNS) + "\r\n")
        out = self.out("verdicts-empty.csv")
        self.run_validate(self.client, [empty, header], out)
        rows = read_verdicts(out)
        # The empty file: no data rows, and each required column missing at line 1; the
        # header alone: no data rows.
        self.assertEqual([(r["file"], r["issue_codes"], r["issue_paths"]) for r in rows], [
            (empty, "csv.empty", "")] + [(empty, "csv.missing_column", f"/rows/1/{c}") for c in
            ["claim_id", "member_ref", "advertiser_id", "order_id", "order_date", "order_amount",
             "currency", "reason"]] + [(header, "csv.empty", "")])

    def test_lines_byte_identical_to_claimctl(self):
        requests = [json.dumps({"as_of": "2026-03-01", "claims": []}),
                    '{"as_of": "2026-03-01", "claims": [', "",  # malformed, empty
                    json.dumps({"as_of": "2026-03-01", "claims": [{"id": "C-1"}]}) + "\r"]
        data = "\n".join(requests[i % len(requests)] for i in range(2000)).encode()  # no last LF
        source, out = self.out("in.jsonl"), self.out("out.jsonl")
        with open(source, "wb") as f:
            f.write(data)
        count = lines.run_lines(self.client, "validate_claims", source, out, partition_bytes=4096)
        with open(out, "rb") as f:
            got = f.read()
        self.assertEqual(count, 2000)
        self.assertEqual(got, claimctl("--lines", "validate_claims", data=data))
        self.assertIn(b'"code":"request.invalid_json"', got.split(b"\n")[1])

    def test_lines_empty_input(self):
        source, out = self.out("empty.jsonl"), self.out("empty-out.jsonl")
        open(source, "w").close()
        self.assertEqual(lines.run_lines(self.client, "sniff_media_type", source, out), 0)
        with open(out, "rb") as f:
            self.assertEqual(f.read(), b"")

    def test_lines_cli_one_process_per_worker(self):
        source, out = self.out("sniff.jsonl"), self.out("sniff-out.jsonl")
        with open(source, "w") as f:
            f.write('{"head":"JVBERi0xLjQ="}\n' * 500 + '{"head":\n')
        subprocess.run([sys.executable, "-m", "claimscale.cli", "--claimctl", CLAIMCTL, "lines",
                        "sniff_media_type", source, out, "--workers", "2", "--partition-bytes",
                        "1000"], check=True)
        with open(out, "rb") as f:
            got = f.read().split(b"\n")
        self.assertEqual(len(got), 502)
        self.assertEqual(got[0], b'{"ok":true,"result":{"media_type":"application/pdf",'
                                 b'"issues":[]}}')
        self.assertTrue(got[500].startswith(b'{"ok":false,"error":{"code":"request.invalid_json"'))
        # Many partitions, one claimctl per worker: each worker keeps its process.
        def processes(dask_worker):
            proc = dask_worker.plugins["claimctl"].procs.get("sniff_media_type")
            return proc and proc.pid
        lines.run_lines(self.client, "sniff_media_type", source, out, partition_bytes=1000)
        before = self.client.run(processes)
        lines.run_lines(self.client, "sniff_media_type", source, out, partition_bytes=1000)
        self.assertEqual(self.client.run(processes), before)
        self.assertEqual(len(set(before.values()) - {None}), 2)


class WindowsTest(unittest.TestCase):
    def claim(self, seq, claim_id, order_id, date):
        obj = {"id": claim_id, "advertiser": {"id": "adv-1"},
               "order": {"id": order_id, "date": date}}
        return windows.Claim(seq, obj, json.dumps(obj))

    def test_a_window_carries_the_first_claim_of_each_of_its_keys(self):
        claims = [self.claim(0, "C-1", "O-1", "2026-03-01"),   # window 2
                  self.claim(1, "C-2", "O-2", "2026-01-01"),   # window 1
                  self.claim(2, "C-3", "O-1", "2026-01-02"),   # window 1, order of claim 0
                  self.claim(3, "C-1", "O-4", "2026-03-02")]   # window 2, id of claim 0
        self.assertEqual(windows.plan(claims, window_claims=2), [
            ([0, 1, 2], {1, 2}),   # claim 0 as context: it is claim 2's earlier order
            ([0, 3], {0, 3})])
        self.assertEqual(windows.plan(claims, window_claims=4), [([0, 1, 2, 3], None)])

    def test_messages_name_the_index_in_the_advertisers_claims(self):
        self.assertEqual(windows.remap_message(
            "claim.duplicate_id", 'Claim id "C-1" is already used by claim 1 of this request.',
            [4, 9]), 'Claim id "C-1" is already used by claim 9 of this request.')
        self.assertEqual(windows.remap_message(
            "proof.reused", 'Attachment "x is also attached to claim 0 (" (sha256 0123456789ab...) '
            'is also attached to claim 1 ("C-2") of this request.', [4, 9]),
            'Attachment "x is also attached to claim 0 (" (sha256 0123456789ab...) '
            'is also attached to claim 9 ("C-2") of this request.')


if __name__ == "__main__":
    unittest.main()
