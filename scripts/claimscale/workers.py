"""The long-lived `claimctl --lines OPERATION` process of each Dask worker.

A worker plugin, so each worker starts one process per operation the first time a task
asks for it and keeps it for every later partition (a process per line would cost more
than the line). A worker that dies takes its processes with it (their stdin closes); the
scheduler gives its tasks to another worker, whose own processes answer them.
"""
import os
import subprocess
import threading

from distributed import WorkerPlugin, get_worker

PLUGIN_NAME = "claimctl"


class ClaimctlProcesses(WorkerPlugin):
    name = PLUGIN_NAME

    def __init__(self, claimctl):
        self.claimctl = claimctl

    def setup(self, worker):
        self.procs = {}
        self.lock = threading.Lock()

    def core_cpu_seconds(self):
        """CPU time (user + system) of this worker's claimctl processes so far (Linux)."""
        ticks = 0
        for proc in self.procs.values():
            with open(f"/proc/{proc.pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            ticks += int(fields[11]) + int(fields[12])  # utime, stime
        return ticks / os.sysconf("SC_CLK_TCK")

    def teardown(self, worker):
        for proc in self.procs.values():
            proc.stdin.close()
            proc.wait(timeout=30)
        self.procs = {}

    def _process(self, operation):
        proc = self.procs.get(operation)
        if proc is None or proc.poll() is not None:
            proc = subprocess.Popen([self.claimctl, "--lines", operation],
                                    stdin=subprocess.PIPE, stdout=subprocess.PIPE)
            self.procs[operation] = proc
        return proc

    def answer(self, operation, requests):
        """The responses (bytes, without their LF) to `requests` (bytes without LF), in order."""
        with self.lock:
            proc = self._process(operation)
            failure = []

            def write():  # a thread, so a full stdout pipe cannot block our writes
                try:
                    for request in requests:
                        proc.stdin.write(request)
                        proc.stdin.write(b"\n")
                    proc.stdin.flush()
                except OSError as error:
                    failure.append(error)

            writer = threading.Thread(target=write, daemon=True)
            writer.start()
            responses = []
            for _ in requests:
                line = proc.stdout.readline()
                if not line.endswith(b"\n"):
                    break
                responses.append(line[:-1])
            writer.join()
            if len(responses) != len(requests) or failure:
                self.procs.pop(operation, None)
                proc.kill()
                raise RuntimeError(
                    f"claimctl --lines {operation} stopped after {len(responses)} of "
                    f"{len(requests)} responses (exit {proc.wait()})")
            return responses


def answer(operation, requests):
    """From inside a task: this worker's process answers `requests`."""
    return get_worker().plugins[PLUGIN_NAME].answer(operation, requests)
