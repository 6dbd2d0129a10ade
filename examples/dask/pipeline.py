#!/usr/bin/env python3
"""Near-duplicate stories across a batch, on Dask's distributed scheduler.

Every step that reads text runs the warta CLI on one partition at a time (through its
standard input and output), so the cluster engine only moves lines and groups them:

  1. warta parse       per partition: clean bodies (only the paragraphs are kept)
  2. warta signatures  per partition: each article's id, LSH band keys and MinHash signature
  3. group on band keys (a shuffle): every pair of articles sharing a key is a candidate
  4. warta dedupe --candidates on the distinct pairs: confirmed pairs joined into clusters

The clusters equal those of `warta dedupe` on the whole input in one process. Inputs are
JSONL lines with a unique "id" (ids are what ties the steps together) and the text in
--field. Lines warta cannot use are written to <out>.errors.jsonl as error records.

    python3 pipeline.py --input articles.jsonl --out clusters.jsonl --workers 3
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

import dask.bag as db
from dask.distributed import Client, LocalCluster

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_WARTA = [os.path.join(HERE, "..", "..", "dist", "cli.js")]


def warta(lines, command, args, warta_cmd):
    """Run one warta command on a partition's lines; return its output lines."""
    proc = subprocess.run(
        ["node", *warta_cmd, command, *args] if warta_cmd[0].endswith(".js") else [*warta_cmd, command, *args],
        input="".join(line if line.endswith("\n") else line + "\n" for line in lines),
        capture_output=True,
        text=True,
        check=False,
    )
    # 0: all lines used; 1: some lines got error records (kept, reported below). Anything else is a failure.
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"warta {command} exited {proc.returncode}: {proc.stderr.strip()}")
    # Split on \n only: JSON lines may hold U+2028 or form feeds, which str.splitlines() would cut at.
    return [line for line in proc.stdout.split("\n") if line]


def band_number(key):
    """A band key ("<band in base 36>:<64-bit hex>") as an integer.

    Dask partitions a groupby by hash(key), and Python salts str hashes per process
    (PYTHONHASHSEED): worker processes would send one string key to different partitions.
    Integers hash the same everywhere.
    """
    band, digest = key.split(":")
    return (int(band, 36) << 64) | int(digest, 16)


def candidate_pairs(group):
    """Every pair of distinct articles under one band key, as (id, id) with signatures."""
    _, records = group
    by_id = {}
    for record in records:
        by_id.setdefault(record["id"], record)
    ids = sorted(by_id)
    return [
        ((a, b), (by_id[a], by_id[b]))
        for i, a in enumerate(ids)
        for b in ids[i + 1 :]
    ]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--input", required=True, help="JSONL articles with an id field")
    parser.add_argument("--out", required=True, help="clusters as JSONL")
    parser.add_argument("--field", default="text")
    parser.add_argument("--workers", type=int, default=3, help="Dask worker processes")
    parser.add_argument("--blocksize", default="1MB", help="input partition size")
    parser.add_argument("--warta", default=None, help="warta command (default: node ../../dist/cli.js)")
    parser.add_argument("--scheduler", default=None, help="address of an existing Dask scheduler")
    args = parser.parse_args()
    warta_cmd = args.warta.split() if args.warta else DEFAULT_WARTA

    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        lines = db.read_text(args.input, blocksize=args.blocksize)
        # 1–2. Parse and sign each partition through the CLI (one warta process per partition;
        # Dask's worker processes give the parallelism, so each warta uses one thread).
        parsed = lines.map_partitions(warta, "parse", ["--quiet", "--jobs", "1", "--field", args.field, "--fields", "paragraphs"], warta_cmd=warta_cmd)
        records = parsed.map(json.loads)
        errors = records.filter(lambda r: "error" in r)
        signed = records.filter(lambda r: "error" not in r).map(json.dumps).map_partitions(warta, "signatures", ["--quiet", "--jobs", "1"], warta_cmd=warta_cmd).map(json.loads)
        errors = db.concat([errors, signed.filter(lambda r: "error" in r)])
        signatures = signed.filter(lambda r: "error" not in r and r["bands"])
        # 3. Group on band keys; pairs of articles under one key are candidates.
        keyed = signatures.map(lambda r: [(band_number(band), r) for band in r["bands"]]).flatten()
        # shuffle="tasks": the default disk shuffle keeps each worker process's part on its own disk.
        pairs = keyed.groupby(lambda kv: kv[0], shuffle="tasks").map(lambda g: (g[0], [kv[1] for kv in g[1]])).filter(lambda g: len(g[1]) > 1).map(candidate_pairs).flatten()
        distinct = pairs.foldby(lambda p: p[0], lambda acc, p: acc or p, None, lambda a, b: a or b).map(lambda kv: json.dumps({"a": kv[1][1][0], "b": kv[1][1][1]}))
        pair_lines, error_records = client.compute([distinct, errors], sync=True)
        # 4. Confirm the candidates and build the clusters (one small job: pairs, not articles).
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
            f.write("".join(line + "\n" for line in sorted(pair_lines)))
            pairs_path = f.name
        try:
            cmd = ["node", *warta_cmd] if warta_cmd[0].endswith(".js") else warta_cmd
            subprocess.run([*cmd, "dedupe", "--quiet", "--candidates", pairs_path, "--output", args.out], check=True)
        finally:
            os.unlink(pairs_path)
        with open(args.out + ".errors.jsonl", "w") as f:
            f.write("".join(json.dumps(e) + "\n" for e in error_records))
        print(f"{len(pair_lines)} candidate pairs, {len(error_records)} error records", file=sys.stderr)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


if __name__ == "__main__":
    main()
