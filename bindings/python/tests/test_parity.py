"""The Python binding against the `igf` command: for every file of the
repository's data, examples and fixtures, the findings of
``igf_model.validate`` equal those of ``igf validate --format json``, which
this module runs (``IGF_BIN``, the built command) so that the expectation
is never a committed copy."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any, Dict, List, Tuple

import jsonschema
import pytest

import igf_model

ROOT = Path(__file__).resolve().parents[3]
IGF = os.environ.get("IGF_BIN", str(ROOT / "target" / "release" / "igf"))

FILES = sorted(
    [*ROOT.glob("data/*.json"), *ROOT.glob("examples/datasets/*.json"), *ROOT.glob("tests/fixtures/*/*.json")]
)
OLDER = sorted([*ROOT.glob("tests/fixtures/format-0.1/*.json"), *ROOT.glob("tests/fixtures/format-0.2/*.json")])

Row = Tuple[str, str, str, str]


def igf(*args: str) -> "subprocess.CompletedProcess[str]":
    return subprocess.run([IGF, *args], capture_output=True, text=True, cwd=ROOT)


def report(*args: str) -> Dict[str, List[Row]]:
    """The command's JSON report: each file's findings as rows."""
    done = igf("validate", "--format", "json", *args)
    assert done.returncode in (0, 1), done.stderr
    files: List[Dict[str, Any]] = json.loads(done.stdout)["files"]
    return {
        f["file"]: [(x["code"], x["severity"], x["path"], x["message"]) for x in f["findings"]]
        for f in files
    }


def rows(findings: List[igf_model.Finding]) -> List[Row]:
    return [(f.code, f.severity, f.pointer, f.message) for f in findings]


@pytest.fixture(scope="session")
def expected() -> Dict[str, List[Row]]:
    return report(*(str(f.relative_to(ROOT)) for f in FILES))


def name(path: Path) -> str:
    return str(path.relative_to(ROOT))


def test_the_files_cover_every_kind() -> None:
    kinds = {p.parent.name for p in FILES}
    assert {"data", "datasets", "format-0.1", "format-0.2", "invalid", "real", "fuzz"} <= kinds


@pytest.mark.parametrize("path", FILES, ids=name)
def test_findings_equal_the_commands(path: Path, expected: Dict[str, List[Row]]) -> None:
    assert rows(igf_model.validate(path)) == expected[name(path)]
    assert rows(igf_model.validate_json(path.read_bytes())) == expected[name(path)]


def test_load_failures_are_compared_too(expected: Dict[str, List[Row]]) -> None:
    failing = [f for f, found in expected.items() if any(r[0].startswith("load.") for r in found)]
    assert len(failing) >= 2, "no fixture fails to load: the comparison would not cover load failures"


@pytest.mark.parametrize("path", FILES, ids=name)
def test_load_raises_every_problem_the_command_reports(path: Path, expected: Dict[str, List[Row]]) -> None:
    load_rows = [r for r in expected[name(path)] if r[0].startswith("load.")]
    if not load_rows:
        assert isinstance(igf_model.load(path), dict)
        return
    with pytest.raises(igf_model.LoadError) as raised:
        igf_model.load(path)
    problems = raised.value.problems
    assert [(p.code, "error", p.pointer, p.message) for p in problems] == load_rows
    assert all(p.file == str(path) for p in problems)


@pytest.fixture(scope="session")
def igf_schema() -> jsonschema.Draft202012Validator:
    schema = json.loads((ROOT / "schemas" / "igf.schema.json").read_text())
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


@pytest.mark.parametrize("path", OLDER, ids=name)
def test_a_migrated_older_file_is_the_commands_and_passes_the_schema(
    path: Path, igf_schema: jsonschema.Draft202012Validator
) -> None:
    text = igf_model.migrate(path)
    done = igf("migrate", name(path))
    assert done.returncode == 0, done.stderr
    assert text == done.stdout
    errors = [f"{e.json_path}: {e.message}" for e in igf_schema.iter_errors(json.loads(text))]
    assert errors == []


def test_the_history_is_the_commands() -> None:
    assert rows(igf_model.validate_reference("all")) == report("--reference", "all")["reference:all"]


def test_a_file_against_the_history_keeps_its_own_pointers(tmp_path: Path) -> None:
    empty = tmp_path / "empty.json"
    empty.write_text("{}")
    assert rows(igf_model.validate(empty, reference=True)) == rows(igf_model.validate_reference("all"))
    # A file's record comes first: a blank title is reported at its own pointer.
    doc = {"documents": [{"id": "d", "title": " "}]}
    mine = tmp_path / "mine.json"
    mine.write_text(json.dumps(doc))
    own = rows(igf_model.validate(mine))
    assert own and all(r in rows(igf_model.validate(mine, reference=True)) for r in own)


def test_files_merged_resolve_references_between_them(tmp_path: Path) -> None:
    # igf2021.json says it builds on intersessional.json; without saying so,
    # its references resolve only when the two files are merged.
    data = json.loads((ROOT / "data" / "igf2021.json").read_text(encoding="utf-8"))
    data.pop("builds_on", None)
    roadmap = tmp_path / "igf2021.json"
    roadmap.write_text(json.dumps(data), encoding="utf-8")
    bodies = ROOT / "data" / "intersessional.json"
    alone = {r[0] for r in rows(igf_model.validate(roadmap)) if r[1] == "error"}
    merged = rows(igf_model.validate([roadmap, bodies]))
    assert any(c.startswith("reference.") for c in alone)
    assert [r for r in merged if r[1] == "error"] == []
    # One file merged on its own is that file.
    assert rows(igf_model.validate([roadmap])) == rows(igf_model.validate(roadmap))


def test_files_merged_raise_the_problems_of_every_file_that_does_not_read() -> None:
    bad = [ROOT / "tests/fixtures/invalid/array-root.json", ROOT / "tests/fixtures/invalid/two-digit-year.json"]
    with pytest.raises(igf_model.LoadError) as raised:
        igf_model.validate([ROOT / "data/igf2019.json", *bad])
    assert {p.file for p in raised.value.problems} == {str(p) for p in bad}


def test_rules_are_the_catalogue() -> None:
    done = igf("rules")
    codes = [line.split("`")[1] for line in done.stdout.splitlines()[2:] if line.startswith("| `")]
    rules = igf_model.rules()
    assert [r.code for r in rules] == codes
    assert all(r.severity in ("error", "warning") and r.checks for r in rules)


def test_schema_is_the_commands() -> None:
    assert igf_model.schema() == json.loads(igf("schema").stdout)


def test_reference_data_and_errors() -> None:
    names = igf_model.reference_names()
    assert "all" in names and "igf2020.json" in names
    assert igf_model.reference("igf2020.json")["meetings"][0]["year"] == 2020
    with pytest.raises(KeyError):
        igf_model.reference("igf1999.json")
    with pytest.raises(igf_model.LoadError) as raised:
        igf_model.loads('{"meetings": 5, "nris": 6}')
    assert [p.pointer for p in raised.value.problems] == ["/meetings", "/nris"]
