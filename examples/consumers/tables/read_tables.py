"""Read every table of an igf-model tabular data package with pandas, one
`read_csv` call each, typed from `datapackage.json`, and answer a
researcher's question from the tables: sessions per type per year.

    python read_tables.py PACKAGE_DIR [--against DATASET.json ...]

With --against, the answer is checked against the sessions of the given
dataset files, counted straight from their JSON: the tables must give the
same numbers.

Exit status: 0 when every table reads with the columns its descriptor
names (and the answer agrees), 1 otherwise.
"""
import argparse
import collections
import json
import os
import sys

import pandas as pd

# Table Schema types -> pandas dtypes (nullable ones: an empty cell is <NA>).
DTYPES = {
    "string": "string",
    "integer": "Int64",
    "number": "Float64",
    "boolean": "boolean",
    "object": "string",
    "array": "string",
    "any": "string",
}


def read_package(folder):
    """Every table of the package, by name, each read in one call."""
    with open(os.path.join(folder, "datapackage.json"), encoding="utf-8") as f:
        descriptor = json.load(f)
    tables = {}
    for resource in descriptor["resources"]:
        fields = resource["schema"]["fields"]
        tables[resource["name"]] = pd.read_csv(
            os.path.join(folder, resource["path"]),
            dtype={f["name"]: DTYPES[f["type"]] for f in fields if f["type"] in DTYPES},
            parse_dates=[f["name"] for f in fields if f["type"] in ("date", "datetime")],
            keep_default_na=False,  # "NA" is Namibia, not a missing value
            na_values=[""],
        )
        names = [f["name"] for f in fields]
        if list(tables[resource["name"]].columns) != names:
            raise SystemExit(f"{resource['name']}: columns {list(tables[resource['name']].columns)} != {names}")
    return descriptor, tables


def sessions_per_type_per_year(tables):
    """The question, answered from the tables in a few lines."""
    sessions = tables["meetings.sessions"].merge(
        tables["meetings"][["pointer", "year"]], left_on="parent", right_on="pointer", suffixes=("", "_meeting")
    )
    return sessions.groupby(["year", "session_type"]).size()


def counted_from_json(files):
    """The same numbers, counted from the dataset files themselves."""
    counts = collections.Counter()
    for path in files:
        with open(path, encoding="utf-8") as f:
            dataset = json.load(f)
        for meeting in dataset.get("meetings", []):
            for session in meeting.get("sessions", []):
                counts[(meeting["year"], session["session_type"])] += 1
    return counts


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("package")
    ap.add_argument("--against", nargs="*", default=[])
    args = ap.parse_args(argv)

    descriptor, tables = read_package(args.package)
    rows = sum(len(t) for t in tables.values())
    print(f"{len(tables)} tables, {rows} rows read with pandas {pd.__version__}")
    for name in ("meetings", "meetings.sessions", "meetings.figures", "findings"):
        if name in tables:
            print(f"  {name}: {len(tables[name])} rows, columns {', '.join(tables[name].columns[:6])}, ...")
    if not pd.api.types.is_integer_dtype(tables["meetings"]["year"]):
        print("meetings.year is not read as integers", file=sys.stderr)
        return 1

    answer = sessions_per_type_per_year(tables)
    print("sessions per type per year:")
    print(answer.unstack(fill_value=0).to_string())

    if args.against:
        expected = counted_from_json(args.against)
        got = {(int(year), kind): int(n) for (year, kind), n in answer.items()}
        if got != dict(expected):
            print(f"the tables say {got}, the JSON files {dict(expected)}", file=sys.stderr)
            return 1
        print(f"the tables agree with {len(args.against)} dataset file(s): {sum(expected.values())} sessions")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
