"""`scale lines OPERATION IN OUT`: the bytes of `claimctl --lines OPERATION < IN`, with the
lines split into partitions that the workers' long-lived processes answer.

claimctl's reading is kept exactly: a line ends at LF (a CR before it is claimctl's to
drop), the last line needs no LF, an empty line is a request (answered with its error
envelope). Partitions end at an LF, so each line goes to one process whole; the responses
are written back in partition order, one partition at a time, with a bounded number in
flight (the input is never held whole).
"""
import uuid
from collections import deque

from claimscale import workers

PARTITION_BYTES = 4 << 20


def answer_partition(operation, data):
    """A task: the responses to the lines of `data` (which ends with LF unless it is the
    input's last partition), each followed by LF as claimctl writes them."""
    requests = data.split(b"\n")
    if data.endswith(b"\n"):
        requests.pop()
    return b"".join(r + b"\n" for r in workers.answer(operation, requests))


def partitions(stream, size):
    """The input cut after an LF once `size` bytes are reached (a longer line stays whole)."""
    pending = b""
    while True:
        block = stream.read(size)
        if not block:
            break
        pending += block
        cut = pending.rfind(b"\n") + 1
        if cut == 0:
            continue
        yield pending[:cut]
        pending = pending[cut:]
    if pending:
        yield pending


def run_lines(client, operation, in_path, out_path, partition_bytes=PARTITION_BYTES,
              in_flight=None):
    in_flight = in_flight or 2 * len(client.scheduler_info()["workers"]) + 2
    run = uuid.uuid4().hex[:8]
    queue = deque()
    count = 0
    with open(in_path, "rb") as source, open(out_path, "wb") as out:
        for index, data in enumerate(partitions(source, partition_bytes)):
            # pure=False: two equal partitions are still two tasks; retries covers a
            # process that failed (a worker's death is retried by the scheduler itself).
            queue.append(client.submit(answer_partition, operation, data, pure=False,
                                       retries=3, key=f"lines-{run}-{index}"))
            while len(queue) >= in_flight:
                count += _write(queue.popleft(), out)
        while queue:
            count += _write(queue.popleft(), out)
    return count


def _write(future, out):
    data = future.result()
    future.release()
    out.write(data)
    return data.count(b"\n")
