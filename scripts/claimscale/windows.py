"""One advertiser's claims as validate_claims requests within the core's limits.

The claims of one advertiser are, on paper, one request in input order. When they are more
than one request may hold (1,000,000 claims, 256 MiB), they are cut into consecutive
order-date windows. `known_orders` alone would not give the single request's verdicts:
it flags only `untracked` claims (a second `wrong_amount` claim for an order is a
duplicate too), with another message, and it carries no claim ids or proof digests. So each
window's request also carries, as context, the first claim of every duplicate key its own
claims hold (claim id, order id, proof digest) that lies outside the window; every request
keeps input order. The core's three duplicate rules look only at the first earlier claim
with the same key, so each window claim sees what it would see in the single request;
context claims' own verdicts are dropped. The core's messages name the first claim by its
index in the request: `remap_message` turns it into the index in the advertiser's claims.
"""
import json
import re

CLAIMS_LIMIT = 1_000_000
# Defaults leave room for the context claims and for the request's other members.
WINDOW_CLAIMS = 500_000
WINDOW_BYTES = 128 << 20


class Claim:
    """One imported claim: its order in the input, what partitioning and windows read, and
    its JSON text as the core wrote it."""
    __slots__ = ("seq", "advertiser", "publisher", "id", "order_id", "order_date", "digests",
                 "text")

    def __init__(self, seq, obj, text):
        self.seq = seq
        self.advertiser = _member(obj, "advertiser", "id")
        self.publisher = _member(obj, "publisher", "id")
        self.id = obj.get("id") if isinstance(obj.get("id"), str) else None
        self.order_id = _member(obj, "order", "id")
        self.order_date = _member(obj, "order", "date")
        attachments = obj.get("attachments")
        self.digests = tuple(a["sha256"] for a in attachments
                             if isinstance(a, dict) and isinstance(a.get("sha256"), str)) \
            if isinstance(attachments, list) else ()
        self.text = text

    def attach(self, attachments):
        """The claim with these attachments (joined by publisher and claim id)."""
        obj = json.loads(self.text)
        obj["attachments"] = attachments
        self.text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
        self.digests = tuple(a["sha256"] for a in attachments
                             if isinstance(a, dict) and isinstance(a.get("sha256"), str))

    def keys(self):
        if self.id is not None:
            yield ("id", self.id)
        if self.order_id is not None:
            yield ("order", self.order_id)
        for digest in self.digests:
            yield ("sha256", digest)


def _member(obj, outer, inner):
    value = obj.get(outer)
    value = value.get(inner) if isinstance(value, dict) else None
    return value if isinstance(value, str) else None


def plan(claims, window_claims=WINDOW_CLAIMS, window_bytes=WINDOW_BYTES):
    """The requests for one advertiser's claims (in input order): a list of
    (members, kept): indices into `claims` in input order, and the set of them whose
    verdicts the request gives (the others are context)."""
    n = len(claims)
    if n <= window_claims and sum(len(c.text) for c in claims) <= window_bytes:
        return [(list(range(n)), None)]
    by_date = sorted(range(n), key=lambda i: (claims[i].order_date or "", i))
    windows, current, size = [], [], 0
    for i in by_date:
        if current and (len(current) >= window_claims or size + len(claims[i].text) > window_bytes):
            windows.append(current)
            current, size = [], 0
        current.append(i)
        size += len(claims[i].text)
    windows.append(current)
    first_with = {}
    for i, claim in enumerate(claims):
        for key in claim.keys():
            first_with.setdefault(key, i)
    requests = []
    for window in windows:
        kept = set(window)
        context = {first_with[key] for i in window for key in claims[i].keys()} - kept
        requests.append((sorted(kept | context), kept))
    return requests


_DUPLICATE_ID = re.compile(r"(is already used by claim )(\d+)( of this request\.)$")
_REUSED = re.compile(r" is also attached to claim (\d+)")
_REUSED_TAIL = re.compile(r"( \(.*\))? of this request\.$")


def remap_message(code, message, members):
    """The core's message with the first claim's index in the request (`members[i]` is
    its index among the advertiser's claims)."""
    if code == "claim.duplicate_id":
        return _DUPLICATE_ID.sub(lambda m: m.group(1) + str(members[int(m.group(2))]) + m.group(3),
                                 message)
    if code == "proof.reused":
        # The attachment's name comes first and may hold anything: the last match that the
        # message's fixed tail follows is the core's own.
        for m in reversed(list(_REUSED.finditer(message))):
            if _REUSED_TAIL.match(message, m.end()):
                return (message[:m.start(1)] + str(members[int(m.group(1))]) +
                        message[m.end(1):])
    return message
