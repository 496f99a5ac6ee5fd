"""Check that Frictionless catches a broken foreign key in an igf-model
tabular data package: the package as written must be valid, and a copy
where a commitment cites a document the bibliography lacks, and a session
names a meeting that is not there as its parent, must fail with exactly
those two foreign-key errors. The package needs a commitment and a session
(the export of examples/datasets/small.json has both).

    python broken_foreign_key.py PACKAGE_DIR

Exit status: 0 when both hold, 1 otherwise.
"""
import csv
import os
import shutil
import sys
import tempfile

from frictionless import validate


def rewrite(path, column, value):
    """Sets `column` of the first row of the CSV file at `path` to `value`."""
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    if len(rows) < 2:
        raise SystemExit(f"{path} has no row to break")
    rows[1][rows[0].index(column)] = value
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)


def foreign_key_errors(folder):
    report = validate(os.path.join(folder, "datapackage.json"))
    errors = [(task.name, error.type) for task in report.tasks for error in task.errors]
    return report.valid, errors


def main(argv):
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    valid, errors = foreign_key_errors(argv[0])
    if not valid:
        print(f"the package as written is not valid: {errors}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        copy = os.path.join(tmp, "package")
        shutil.copytree(argv[0], copy)
        rewrite(os.path.join(copy, "commitments.csv"), "source.document", "no-such-document")
        rewrite(os.path.join(copy, "meetings.sessions.csv"), "parent", "/meetings/999")
        valid, errors = foreign_key_errors(copy)
    expected = [("commitments", "foreign-key"), ("meetings.sessions", "foreign-key")]
    if valid or sorted(errors) != expected:
        print(f"the broken copy gave valid={valid}, errors {errors}; expected {expected}", file=sys.stderr)
        return 1
    print(f"frictionless reports both broken foreign keys: {errors}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
