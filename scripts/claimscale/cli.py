"""scripts/scale's command line (see `scripts/scale --help` and docs/scale.md)."""
import argparse
import logging
import os
import sys
import time

from claimscale import chunks, lines, validate, windows
from claimscale.cluster import cpu_seconds, dask_client


def cluster_args(parser):
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--workers", type=int, metavar="N",
                       help="a local cluster of N worker processes (default: one per core)")
    where.add_argument("--scheduler", metavar="ADDRESS",
                       help="an existing cluster's scheduler, e.g. tcp://host:8786")


def main(argv=None):
    parser = argparse.ArgumentParser(prog="scripts/scale", description=(
        "The core's claimctl on Dask's distributed scheduler."))
    parser.add_argument("--claimctl", default=os.environ.get("CLAIMCTL"),
                        help="the claimctl the workers run (default: the native release build)")
    commands = parser.add_subparsers(dest="command", required=True)
    p = commands.add_parser("lines", help="claimctl --lines OPERATION < IN > OUT, on the workers")
    p.add_argument("operation")
    p.add_argument("input")
    p.add_argument("output")
    p.add_argument("--partition-bytes", type=int, default=lines.PARTITION_BYTES)
    cluster_args(p)
    v = commands.add_parser("validate", help="claims CSV files, one request per advertiser")
    v.add_argument("claims", nargs="+", metavar="CLAIMS.csv")
    v.add_argument("--as-of", required=True, metavar="YYYY-MM-DD")
    v.add_argument("--policies", metavar="POLICIES.json")
    v.add_argument("--out", required=True, metavar="VERDICTS.csv")
    v.add_argument("--attachments", metavar="ATTACHMENTS.jsonl",
                   help='proofs by claim: {"publisher_id", "claim_id", "attachments": [...]} a line')
    v.add_argument("--buckets", type=int, help="advertiser partitions (default: 4 per worker)")
    v.add_argument("--chunk-bytes", type=int, default=chunks.CHUNK_BYTES,
                   help="bytes of CSV per import task")
    v.add_argument("--window-claims", type=int, default=windows.WINDOW_CLAIMS,
                   help="claims per request before an advertiser is cut into windows")
    v.add_argument("--window-bytes", type=int, default=windows.WINDOW_BYTES)
    v.add_argument("--stats", action="store_true",
                   help="print claims per second and where the CPU time went (the bench)")
    cluster_args(v)
    args = parser.parse_args(argv)
    if not args.claimctl:
        parser.error("no claimctl: pass --claimctl or set CLAIMCTL")
    claimctl = os.path.abspath(args.claimctl)
    # The nannies' shutdown chatter ("still alive after 3 s, killing") is not the user's
    # business; errors still show.
    logging.getLogger("distributed").setLevel(logging.ERROR)
    started = time.monotonic()
    with dask_client(args.workers, args.scheduler, claimctl) as client:
        if args.command == "lines":
            count = lines.run_lines(client, args.operation, args.input, args.output,
                                    args.partition_bytes)
            what = "responses"
        else:
            policies = validate.read_policies(args.policies)
            client.wait_for_workers(args.workers or 1)
            started = time.monotonic()
            cpu_before = cpu_seconds(client) if args.stats else None
            notes = []
            count = validate.run_validate(
                client, args.claims, args.as_of, policies, args.out, args.buckets,
                args.chunk_bytes, args.window_claims, args.window_bytes, notes,
                validate.read_attachments(args.attachments))
            for advertiser, issue in notes:
                print(f"scale: advertiser {advertiser!r}: {issue['code']} at {issue['path']}: "
                      f"{issue['message']}", file=sys.stderr)
            what = "verdict rows"
            if args.stats:
                print_stats(client, count, time.monotonic() - started, cpu_before)
    print(f"scale: {count} {what} in {time.monotonic() - started:.1f} s", file=sys.stderr)
    return 0


def print_stats(client, rows, seconds, cpu_before):
    core, python, client_side = (after - before for after, before in
                                 zip(cpu_seconds(client), cpu_before))
    total = core + python + client_side
    print(f"scale stats: {rows} rows in {seconds:.1f} s = {rows / seconds:,.0f} rows/s with "
          f"{len(client.scheduler_info()['workers'])} workers; CPU {total:.1f} s: core (claimctl) "
          f"{core:.1f} s, workers' Python {python:.1f} s, client+scheduler {client_side:.1f} s; "
          f"outside the core {100 * (total - core) / total:.0f} %", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
