"""A Dask client: a local cluster of N worker processes (one thread each, so one claimctl
per worker and per core), or an existing cluster's scheduler (`tcp://host:8786`)."""
import contextlib
import os

from distributed import Client, LocalCluster

from claimscale.workers import ClaimctlProcesses


@contextlib.contextmanager
def dask_client(workers=None, scheduler=None, claimctl=None):
    if scheduler:
        client = Client(scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1,
                               processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        client.register_worker_plugin(ClaimctlProcesses(claimctl), name="claimctl")
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def worker_count(client):
    return max(1, len(client.scheduler_info()["workers"]))


def cpu_seconds(client):
    """(the core's, the workers' Python, this process's) CPU seconds so far: what `--stats`
    splits the time into. This process holds the client, the scheduler and the nannies of
    a local cluster."""
    import resource

    def on_worker(dask_worker):
        usage = resource.getrusage(resource.RUSAGE_SELF)
        return (dask_worker.plugins["claimctl"].core_cpu_seconds(),
                usage.ru_utime + usage.ru_stime)

    per_worker = client.run(on_worker).values()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return (sum(c for c, _ in per_worker), sum(p for _, p in per_worker),
            usage.ru_utime + usage.ru_stime)
