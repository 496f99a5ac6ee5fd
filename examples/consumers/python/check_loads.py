"""Check that the Rust loader reads every document generated from the
schema: no `load.*` finding in a report of `igf validate --format json`.

    igf validate --format json DIR/*.json > REPORT.json   # exit 1 is expected
    python check_loads.py REPORT.json [--instances DIR]

Every document `generate_instances.py` writes is valid under the committed
JSON Schema, so a `load.syntax` or `load.shape` finding is a disagreement
between the schema and the crate's loader. Other findings (the rules the
schema cannot express, such as `shape.year_out_of_range`) are expected on
generated data and only counted. With --instances, every `*.json` file of
DIR must be in the report.

Exit status: 0 when every document loads, 1 when any has a load finding
(each listed: file, code, path, message; then one smallest file per kind),
2 when the report is not one `igf validate --format json` writes or misses
files.
"""
import argparse
import collections
import json
import os
import re
import sys


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("report")
    ap.add_argument("--instances", help="directory whose *.json files the report must cover")
    args = ap.parse_args(argv)

    try:
        with open(args.report, encoding="utf-8") as f:
            report = json.load(f)
        files = report["files"]
        entries = [(r["file"], list(r["findings"])) for r in files]
        for _, findings in entries:
            for x in findings:
                absent = {"severity", "code", "path", "message"} - set(x)
                if absent:
                    raise KeyError(f"a finding without {sorted(absent)}")
    except (OSError, ValueError, KeyError, TypeError) as e:
        print(f"{args.report}: not a report of `igf validate --format json`: {e!r}", file=sys.stderr)
        return 2

    if args.instances is not None:
        expected = {n for n in os.listdir(args.instances) if n.endswith(".json")}
        reported = {os.path.basename(name) for name, _ in entries}
        missing = sorted(expected - reported)
        if missing:
            print(f"{len(missing)} file(s) of {args.instances} not in the report, such as "
                  f"{', '.join(missing[:5])}", file=sys.stderr)
            return 2
        if not expected:
            print(f"{args.instances}: no *.json file to check", file=sys.stderr)
            return 2

    others = collections.Counter()
    load = []
    for name, findings in entries:
        for x in findings:
            if x["code"].startswith("load."):
                load.append((name, x))
            else:
                others[x["code"]] += 1

    for name, x in load:
        print(f"{name}:{x['path']}: {x['severity']}[{x['code']}]: {x['message']}")

    print(f"checked {len(entries)} generated document(s): "
          f"{len({n for n, _ in load})} with a load finding ({len(load)} finding(s))")
    if others:
        print("other findings (expected on generated data): "
              + ", ".join(f"{code} {n}" for code, n in sorted(others.items())))
    if not load:
        return 0

    # One smallest file per kind of disagreement: the code, and the path
    # with its array indices made generic.
    kinds = {}
    for name, x in load:
        kind = (x["code"], re.sub(r"/\d+(?=/|$)", "/N", x["path"]))
        size = os.path.getsize(name) if os.path.exists(name) else float("inf")
        if kind not in kinds or size < kinds[kind][0]:
            kinds[kind] = (size, name, x["message"])
    print(f"{len(kinds)} kind(s) of disagreement between the schema and the loader:")
    for (code, path), (_, name, message) in sorted(kinds.items()):
        print(f"  {code} at {path or '(root)'}: {message}\n    smallest example: {name}")
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
