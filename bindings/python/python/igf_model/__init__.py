"""Load, validate and migrate Internet Governance Forum (IGF) data with
every rule of igf-model.

The findings are those of ``igf validate --format json``: each has the
rule's stable ``code``, a ``severity`` (``"error"`` or ``"warning"``), the
JSON Pointer of the offending value (``pointer``; ``path`` in the command's
report) and a ``message``. A document that cannot be read is reported by
``validate`` as ``load.*`` findings, as the command does, and raises
:class:`LoadError` from ``load`` and ``migrate``, carrying every problem.
"""

from __future__ import annotations

import json
import os
from typing import Any, Dict, List, Sequence, Union

from . import _native
from ._native import Finding, LoadError, LoadProblem, Rule

__all__ = [
    "Finding",
    "LoadError",
    "LoadProblem",
    "Rule",
    "load",
    "loads",
    "migrate",
    "reference",
    "reference_names",
    "rules",
    "schema",
    "validate",
    "validate_json",
    "validate_reference",
]

__version__: str = _native.__version__

#: A file to read: a path as text or a path object.
Path = Union[str, "os.PathLike[str]"]
#: A dataset as JSON values (the format of ``schemas/igf.schema.json``).
Dataset = Dict[str, Any]


def _read(path: Path) -> bytes:
    with open(path, "rb") as file:
        return file.read()


def _bytes(document: Union[str, bytes]) -> bytes:
    return document.encode("utf-8") if isinstance(document, str) else document


def validate(
    files: Union[Path, Sequence[Path]], *, reference: bool = False
) -> List[Finding]:
    """Every finding of a dataset file, by every rule.

    - One file: its findings, as ``igf validate --format json FILE`` reports
      them (a file that does not read gives its ``load.*`` findings).
    - Several files (a list): read as one dataset, so references between
      them resolve; raises :class:`LoadError` with the problems of every
      file that does not read.
    - ``reference=True`` (one file): read together with the embedded
      2006-2025 history, so the file may name its meetings, coalitions and
      documents. The file's records come first: their pointers are the
      file's own.
    """
    if isinstance(files, (str, os.PathLike)):
        data = _read(files)
        if reference:
            return _native.validate_with_reference(data)
        return _native.findings_of_json(data)
    if reference:
        raise ValueError("reference=True takes one file")
    return _native.validate_merged([(os.fspath(f), _read(f)) for f in files])


def validate_json(document: Union[str, bytes]) -> List[Finding]:
    """Every finding of one JSON document given as text or bytes."""
    return _native.findings_of_json(_bytes(document))


def validate_reference(name: str = "all") -> List[Finding]:
    """Every finding of an embedded reference dataset (``"all"``: the
    history as one dataset); ``KeyError`` for an unknown name."""
    return _native.validate_reference(name)


def load(path: Path) -> Dataset:
    """A dataset file in the current format (an older file upgraded), as
    JSON values; raises :class:`LoadError` with every problem."""
    data: Dataset = json.loads(_native.load_json(_read(path), os.fspath(path)))
    return data


def loads(document: Union[str, bytes]) -> Dataset:
    """A JSON document read as a dataset, as :func:`load` reads a file."""
    data: Dataset = json.loads(_native.load_json(_bytes(document)))
    return data


def migrate(path: Path) -> str:
    """The file's text in the current format, as ``igf migrate`` writes
    it; raises :class:`LoadError` with every problem."""
    return _native.migrate_json(_read(path), os.fspath(path))


def reference(name: str = "all") -> Dataset:
    """An embedded reference dataset by file name (``"igf2020.json"``), or
    ``"all"`` for the history 2006-2025 as one dataset."""
    data: Dataset = json.loads(_native.reference_json(name))
    return data


def reference_names() -> List[str]:
    """The names :func:`reference` accepts."""
    return _native.reference_names()


def schema() -> Dict[str, Any]:
    """The JSON Schema bundle (draft 2020-12), as ``igf schema`` prints it."""
    bundle: Dict[str, Any] = json.loads(_native.schema_json())
    return bundle


def rules() -> List[Rule]:
    """The rule catalogue, in the order of ``igf rules``."""
    return _native.rules()
