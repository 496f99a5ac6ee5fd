"""Benchmark (not a test): validating the reference history (every file of
data/) from Python, by the native binding with every rule against Python
`jsonschema` with the schema's rules only, on the same files, in one run.

    python bindings/python/bench.py [ROUNDS]

Each round times both, interleaved; the ratio jsonschema / native is taken
per round and the median, least and most are printed. Both read the files
from disk and parse them; the native call also merges them into one
dataset, so references between the files are checked too."""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path
from typing import Callable, List

import jsonschema

import igf_model

ROOT = Path(__file__).resolve().parents[2]
FILES = sorted(ROOT.glob("data/*.json"))
SCHEMA = json.loads((ROOT / "schemas" / "igf.schema.json").read_text())
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def native() -> int:
    return len(igf_model.validate(FILES))


def with_jsonschema() -> int:
    return sum(len(list(VALIDATOR.iter_errors(json.loads(f.read_bytes())))) for f in FILES)


def timed(run: Callable[[], int]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def main(rounds: int) -> None:
    size = sum(f.stat().st_size for f in FILES)
    print(f"{len(FILES)} files, {size} bytes; findings: native {native()} (every rule), jsonschema {with_jsonschema()} (schema only)")
    ratios: List[float] = []
    natives: List[float] = []
    pythons: List[float] = []
    for _ in range(rounds):
        n = timed(native)
        p = timed(with_jsonschema)
        natives.append(n)
        pythons.append(p)
        ratios.append(p / n)
    print(f"native:     median {statistics.median(natives) * 1e3:.1f} ms")
    print(f"jsonschema: median {statistics.median(pythons) * 1e3:.1f} ms")
    print(f"jsonschema / native: median {statistics.median(ratios):.1f}x (least {min(ratios):.1f}x, most {max(ratios):.1f}x, {rounds} rounds)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
