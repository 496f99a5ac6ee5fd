"""Generate IGF dataset documents from igf-model's JSON Schema with
hypothesis-jsonschema, one file each, for `igf validate` to load.

    python generate_instances.py OUT_DIR [--schemas DIR] [--bundle N]
        [--per-entity N] [--focus N] [--time-limit SECONDS] [--jobs N]

Writes into OUT_DIR (removing the *.json files already there):

* `bundle-NNNN.json`: N (default 1000) distinct documents generated from
  the bundle `igf.schema.json`;
* `meeting-NNNN.json` etc.: for each per-entity schema file
  (`meeting.schema.json`, ...), N (default 100) distinct entities, each
  wrapped into a dataset (`{"meetings": [entity]}`);
* `focus-TARGET-NNNN.json`: N (default 15) distinct documents for each
  record type nested in the bundle (`focus-TimeSlot`, `focus-Share`, ...)
  and each member with a format, pattern or number (`focus-Figure.value`),
  from a copy of the bundle narrowed to reach it (see `focused`): the
  unfocused generator seldom gets that deep.

Every document written is first checked against the committed, unchanged
`igf.schema.json` (and an entity against its own, unchanged schema file)
with jsonschema's Draft202012Validator, formats asserted (as
`validate_igf.py` does): a document that fails is a bug of this script,
never written, and makes it exit 1; so does finding fewer distinct
documents than asked for.

Deterministic (hypothesis `derandomize=True`, no example database, the
versions pinned in requirements.txt) and bounded: at most 4 examples are
tried per document asked for, and --time-limit (default 240 s) stops a
run that hangs (an error). About 90 s of processor time with the defaults,
in two processes (--jobs): about a minute on two idle cores.
Then `check_loads.py` reads `igf validate --format json OUT_DIR/*.json`.
"""
import argparse
import concurrent.futures
import copy
import json
import os
import re
import sys
import tempfile
import time

# Hypothesis keeps caches in ./.hypothesis unless told otherwise; keep the
# work tree clean. (No example database is used: see `collect`.)
os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY",
                      os.path.join(tempfile.gettempdir(), "igf-generate-instances-hypothesis"))

import hypothesis  # noqa: E402
from hypothesis import HealthCheck, Phase, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from hypothesis.errors import Unsatisfiable  # noqa: E402
import hypothesis_jsonschema._from_schema as _hjs  # noqa: E402
from hypothesis_jsonschema import from_schema  # noqa: E402
from jsonschema import Draft202012Validator  # noqa: E402

# The per-entity schema files and the dataset member whose array holds
# their entities. A schema file not named here (other than the bundle and
# the validation report) stops the script, so that a new entity is not
# silently left out.
ENTITY_MEMBERS = {
    "best-practice-forum.schema.json": "best_practice_forums",
    "commitment.schema.json": "commitments",
    "document.schema.json": "documents",
    "dynamic-coalition.schema.json": "dynamic_coalitions",
    "gdc-mapping.schema.json": "gdc_mappings",
    "leadership-panel.schema.json": "leadership_panels",
    "mag.schema.json": "mags",
    "meeting.schema.json": "meetings",
    "nri.schema.json": "nris",
    "parliamentary-event.schema.json": "parliamentary_track",
    "policy-network.schema.json": "policy_networks",
    "roadmap-mapping.schema.json": "roadmap_mappings",
}
NOT_ENTITIES = {"igf.schema.json", "validation-report.schema.json"}

# Keywords whose meaning is the same in draft 2020-12 (the schema's
# dialect) and draft 7 (the newest hypothesis-jsonschema knows). The
# script stops on any other keyword (prefixItems, unevaluatedProperties,
# $anchor, $dynamicRef, dependentRequired, ...), so the preprocessing below
# never changes a schema's meaning unnoticed.
SAME_IN_DRAFT7 = {
    "type", "enum", "const", "properties", "patternProperties",
    "additionalProperties", "required", "items", "minItems", "maxItems",
    "uniqueItems", "minLength", "maxLength", "pattern", "format",
    "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
    "multipleOf", "anyOf", "oneOf", "allOf", "not", "$ref",
}
ANNOTATIONS = {"description", "title", "examples", "default", "$comment"}


def preprocess(schema, where):
    """A copy of `schema` that hypothesis-jsonschema 0.23 can use, and that
    admits exactly the documents `schema` admits:

    * `$id` (a `urn:` URI) is dropped from the root: jsonschema's legacy
      RefResolver, which hypothesis-jsonschema uses, cannot join the
      fragment `#/$defs/...` onto a `urn:` base and tries to fetch `''`.
      Every `$ref` is a local fragment, so resolution is unchanged.
    * `$schema` (draft 2020-12) is dropped from the root: hypothesis-
      jsonschema supports drafts 4 to 7 and would pick a 2020-12 validator
      for its internal filtering. Only keywords that mean the same in draft
      7 and 2020-12 are allowed (SAME_IN_DRAFT7, checked).
    * `$defs` is renamed `definitions` and every `$ref` "#/$defs/X" is
      rewritten "#/definitions/X": the draft-7 home of the same schemas.
    * Annotations (`description`, `title`, `examples`, `default`) are
      dropped: they never affect validity, and in draft 7 a keyword beside
      `$ref` is ignored while hypothesis-jsonschema merges it into the
      referenced schema; differing descriptions also keep its merger from
      combining subschemas, which makes generation slow.
    * `format: date-time` becomes `format: igf-date-time`, generated by
      DATE_TIME below: hypothesis-jsonschema's own date-time strategy never
      writes a day after the 28th, a lower-case `t`/`z`, a fraction longer
      than six digits or `-00:00`, which RFC 3339 allows. Only the
      generator changes; every document is checked against the original
      schema with formats asserted, so nothing invalid is written.

    Member names inside `properties` (such as the dataset's own `$schema`
    and `description` members) are names, not keywords, and are kept.
    """
    if isinstance(schema, bool):
        return schema
    if not isinstance(schema, dict):
        raise SystemExit(f"{where}: a schema must be an object or a boolean")
    out = {}
    for key, value in schema.items():
        if key in ANNOTATIONS:
            continue
        if key in ("$id", "$schema"):
            if where != "#":
                raise SystemExit(f"{where}: {key} inside a schema is not handled")
            continue
        if key == "$defs":
            out["definitions"] = {n: preprocess(s, f"{where}/$defs/{n}") for n, s in value.items()}
        elif key in ("properties", "patternProperties"):
            out[key] = {n: preprocess(s, f"{where}/{key}/{n}") for n, s in value.items()}
        elif key in ("items", "additionalProperties", "not"):
            out[key] = preprocess(value, f"{where}/{key}")
        elif key in ("anyOf", "oneOf", "allOf"):
            out[key] = [preprocess(s, f"{where}/{key}/{i}") for i, s in enumerate(value)]
        elif key == "$ref":
            if not value.startswith("#/$defs/"):
                raise SystemExit(f"{where}: $ref {value!r} is not a local #/$defs/ reference")
            out[key] = "#/definitions/" + value[len("#/$defs/"):]
        elif key == "format":
            if value not in ("date", "date-time"):
                raise SystemExit(f"{where}: format {value!r} is not handled")
            out[key] = "igf-date-time" if value == "date-time" else value
        elif key in SAME_IN_DRAFT7:
            out[key] = copy.deepcopy(value)
        else:
            raise SystemExit(f"{where}: keyword {key!r} is not handled by this script")
    return out


# Speed: while drawing each member of an object, hypothesis-jsonschema
# 0.23 turns that member's schema into a strategy again
# (`merged_as_strategies`, canonicalising it each time): most of the run
# time for the bundle. The same schemas give the same strategy, so it is
# memoised here by the schemas' JSON; what is generated does not change.
_merged_as_strategies = _hjs.merged_as_strategies
_MERGED = {}


def _memo_merged_as_strategies(schemas, *, alphabet, custom_formats):
    key = (json.dumps(schemas, sort_keys=True), id(alphabet), id(custom_formats))
    if key not in _MERGED:
        _MERGED[key] = _merged_as_strategies(schemas, alphabet=alphabet, custom_formats=custom_formats)
    return _MERGED[key]


_hjs.merged_as_strategies = _memo_merged_as_strategies


def _digits(n):
    return st.integers(0, 10**n - 1).map(lambda v: str(v).zfill(n))


# RFC 3339 §5.6 date-time: any valid calendar date, `T` or `t`, hh:mm:ss
# (no leap second: whether 60 is valid depends on the date), an optional
# fraction of 1-12 digits, and `Z`, `z` or an offset +-hh:mm (-00:00 too).
DATE_TIME = st.builds(
    lambda d, t, h, m, s, frac, off: f"{d.isoformat()}{t}{h:02}:{m:02}:{s:02}{frac}{off}",
    st.dates(),
    st.sampled_from(["T", "t"]),
    st.integers(0, 23),
    st.integers(0, 59),
    st.integers(0, 59),
    st.one_of(st.just(""), st.integers(1, 12).flatmap(_digits).map(lambda f: "." + f)),
    st.one_of(
        st.sampled_from(["Z", "z", "+00:00", "-00:00"]),
        st.builds(lambda sign, h, m: f"{sign}{h:02}:{m:02}",
                  st.sampled_from("+-"), st.integers(0, 23), st.integers(0, 59)),
    ),
)
CUSTOM_FORMATS = {"igf-date-time": DATE_TIME}


def _refs(schema, loc):
    """(definition name, steps) for each `$ref` under `schema` (at `loc`, a
    list of keys from the schema root), each step (location, action) on the
    way down: ("prop", name), ("items",) or ("branch", keyword, index)."""
    if not isinstance(schema, dict):
        return
    if "$ref" in schema:
        yield schema["$ref"][len("#/definitions/"):], []
    for name, sub in schema.get("properties", {}).items():
        for ref, steps in _refs(sub, loc + ["properties", name]):
            yield ref, [(loc, ("prop", name))] + steps
    if isinstance(schema.get("items"), dict):
        for ref, steps in _refs(schema["items"], loc + ["items"]):
            yield ref, [(loc, ("items",))] + steps
    for keyword in ("anyOf", "oneOf"):
        for i, sub in enumerate(schema.get(keyword, [])):
            for ref, steps in _refs(sub, loc + [keyword, i]):
                yield ref, [(loc, ("branch", keyword, i))] + steps


def focus_paths(pre):
    """For each definition of the preprocessed bundle `pre`, the steps of a
    shortest way from the root down to it (breadth first)."""
    paths, queue = {}, [(None, [])]
    while queue:
        name, path = queue.pop(0)
        loc = [] if name is None else ["definitions", name]
        schema = pre if name is None else pre["definitions"][name]
        for ref, steps in _refs(schema, loc):
            if ref not in paths:
                paths[ref] = path + steps
                queue.append((ref, paths[ref]))
    return paths


def focus_targets(pre):
    """(label, steps) for each definition the root does not hold directly
    in an array, and for each member with a format, a pattern or a number
    (the values a loader parses beyond JSON's own types), by way of a
    shortest path from the root."""
    paths = focus_paths(pre)
    direct = {item["items"]["$ref"][len("#/definitions/"):]
              for item in pre["properties"].values() if "items" in item}
    targets = [(name, paths[name]) for name in sorted(paths) if name not in direct]
    for name in sorted(paths):
        for member, sub in pre["definitions"][name].get("properties", {}).items():
            types = sub.get("type")
            types = types if isinstance(types, list) else [types]
            if "format" in sub or "pattern" in sub or {"number", "integer"} & set(types):
                step = (["definitions", name], ("prop", member))
                targets.append((f"{name}.{member}", paths[name] + [step]))
    return targets


def focused(pre, steps):
    """A copy of the preprocessed bundle whose documents all hold the
    definition (or member) `steps` lead to, in as small a setting as the
    schema allows: each object on the way has only its required members and
    the one that leads on (no `x-` members), each array on the way exactly
    one element, each `anyOf`/`oneOf` on the way only the branch that leads
    on. The target itself is left whole. This narrows the generator only:
    every document so made is one the original schema admits (and is
    checked against it). It reaches records nested too deep for the
    unfocused generator to fill often (time slots, session reports, figure
    shares), and quickly, because the setting around them is small."""
    out = copy.deepcopy(pre)
    # Deepest first, so that an index into a branch list is still valid.
    for loc, action in reversed(steps):
        node = out
        for key in loc:
            node = node[key]
        if action[0] == "prop":
            keep = set(node.get("required", [])) | {action[1]}
            node["properties"] = {k: v for k, v in node["properties"].items() if k in keep}
            node["required"] = sorted(keep)
            node.pop("patternProperties", None)
        elif action[0] == "items":
            node["minItems"] = node["maxItems"] = 1
        else:
            node[action[1]] = [node[action[1]][action[2]]]
    return out


def collect(strategy, wanted, max_examples, stop_at, name):
    """Distinct values drawn from `strategy` (by canonical JSON), in the
    order drawn, until `wanted` are found, `max_examples` tried or the
    clock (time.time()) passes `stop_at`. Deterministic: derandomize, no
    database; only generation (no shrinking: nothing fails)."""
    found = {}

    class Enough(Exception):
        pass

    @settings(
        max_examples=max_examples,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
        print_blob=False,
    )
    @given(strategy)
    def draw(value):
        found.setdefault(json.dumps(value, sort_keys=True, ensure_ascii=False), value)
        if len(found) >= wanted or time.time() > stop_at:
            raise Enough

    draw.__name__ = draw.__qualname__ = f"draw_{re.sub(r'[^A-Za-z0-9]', '_', name)}"
    try:
        draw()
    except Enough:
        pass
    except Unsatisfiable:
        pass
    return list(found.values())[:wanted]


def generate(label, pre, wanted, stop_at):
    """Run in a worker process: up to `wanted` distinct documents from the
    preprocessed schema `pre`, and the seconds it took."""
    t0 = time.monotonic()
    strategy = from_schema(pre, custom_formats=CUSTOM_FORMATS)
    values = collect(strategy, wanted, wanted * 4, stop_at, label)
    return values, time.monotonic() - t0


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out_dir")
    ap.add_argument("--schemas", default=os.path.join(here, "..", "..", "..", "schemas"))
    ap.add_argument("--bundle", type=int, default=1000, help="documents from igf.schema.json")
    ap.add_argument("--per-entity", type=int, default=100, help="documents per entity schema")
    ap.add_argument("--focus", type=int, default=15, help="documents per focus target")
    ap.add_argument("--time-limit", type=float, default=240,
                    help="seconds for all generation; running out is an error")
    ap.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1),
                    help="worker processes (the output does not depend on it)")
    args = ap.parse_args(argv)
    started = time.monotonic()
    stop_at = time.time() + args.time_limit

    with open(os.path.join(args.schemas, "igf.schema.json"), encoding="utf-8") as f:
        bundle = json.load(f)
    Draft202012Validator.check_schema(bundle)
    validator = Draft202012Validator(bundle, format_checker=Draft202012Validator.FORMAT_CHECKER)
    pre_bundle = preprocess(bundle, "#")

    files = sorted(n for n in os.listdir(args.schemas) if n.endswith(".schema.json"))
    unknown = [n for n in files if n not in ENTITY_MEMBERS and n not in NOT_ENTITIES]
    if unknown:
        raise SystemExit(f"schema files this script does not know: {unknown}")

    # (label, preprocessed schema, validator of the unchanged schema file or
    # None, dataset member to wrap in or None, how many). At most 4 examples
    # are tried per document wanted, so the work is bounded and the output
    # the same on every run; the time limit only guards against a hang.
    jobs = [("bundle", pre_bundle, None, None, args.bundle)] if args.bundle > 0 else []
    for name in files:
        if name in ENTITY_MEMBERS and args.per_entity > 0:
            with open(os.path.join(args.schemas, name), encoding="utf-8") as f:
                schema = json.load(f)
            Draft202012Validator.check_schema(schema)
            own = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
            jobs.append((name[: -len(".schema.json")], preprocess(schema, "#"), own,
                         ENTITY_MEMBERS[name], args.per_entity))
    if args.focus > 0:
        for target, steps in focus_targets(pre_bundle):
            jobs.append((f"focus-{target}", focused(pre_bundle, steps), None, None, args.focus))

    os.makedirs(args.out_dir, exist_ok=True)
    for old in os.listdir(args.out_dir):
        if old.endswith(".json"):
            os.remove(os.path.join(args.out_dir, old))

    # The bundle (the longest job) first: with two workers, one makes the
    # bundle's documents while the other makes all the rest.
    with concurrent.futures.ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = [pool.submit(generate, label, pre, wanted, stop_at)
                   for label, pre, _, _, wanted in jobs]
        invalid = 0
        summary = []
        for (label, _, own, member, wanted), future in zip(jobs, futures):
            values, took = future.result()
            written = 0
            for value in values:
                document = value if member is None else {member: [value]}
                # An entity against its own schema file; every document against the bundle.
                errors = ((list(own.iter_errors(value)) if own else [])
                          + list(validator.iter_errors(document)))
                if errors:
                    invalid += 1
                    e = errors[0]
                    print(f"{label}: generated a document the schema rejects "
                          f"(/{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}):\n"
                          f"  {json.dumps(document, ensure_ascii=False)[:500]}", file=sys.stderr)
                    continue
                written += 1
                path = os.path.join(args.out_dir, f"{label}-{written:04}.json")
                with open(path, "w", encoding="utf-8") as f:
                    json.dump(document, f, ensure_ascii=False, indent=1)
                    f.write("\n")
            summary.append((label, written, wanted))
            if not label.startswith("focus-"):
                print(f"{label}: {written} distinct documents in {took:.1f}s", flush=True)
    focus = [s for s in summary if s[0].startswith("focus-")]
    if focus:
        print(f"focus: {sum(s[1] for s in focus)} distinct documents for {len(focus)} targets")
    total = sum(s[1] for s in summary)
    print(f"generated {total} documents into {args.out_dir} in {time.monotonic() - started:.1f}s "
          f"(hypothesis {hypothesis.__version__}, hypothesis-jsonschema {_hjs_version()})")
    short = [s for s in summary if s[1] < s[2]]
    for label, written, wanted in short:
        print(f"{label}: only {written} of {wanted} distinct documents", file=sys.stderr)
    if time.time() > stop_at:
        print(f"ran out of time ({args.time_limit:.0f}s): output incomplete", file=sys.stderr)
    return 1 if invalid or short else 0


def _hjs_version():
    from importlib.metadata import version
    return version("hypothesis-jsonschema")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
