"""scripts/scale: the core's claimctl on Dask's distributed scheduler (issue 29).

lines.py     `scale lines`: one request per line, partitions answered by workers
validate.py  `scale validate`: a network's claims files, partitioned by advertiser
windows.py   cutting one advertiser's claims into requests within the core's limits
workers.py   the long-lived `claimctl --lines` process of each Dask worker
cluster.py   a local cluster of N workers, or a scheduler's address
"""
