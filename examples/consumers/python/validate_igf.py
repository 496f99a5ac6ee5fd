"""Validate IGF datasets against igf-model's JSON Schema with Python's
jsonschema (draft 2020-12, formats checked).

    python validate_igf.py SCHEMA DATASET... [--invalid FIXTURE...]

Every DATASET must pass; every FIXTURE after --invalid must be rejected.
The schema covers shape; `igf validate` checks the rules it cannot express.
"""
import json
import sys

from jsonschema import Draft202012Validator


def main(argv):
    schema_path, rest = argv[0], argv[1:]
    if "--invalid" in rest:
        i = rest.index("--invalid")
        valid, invalid = rest[:i], rest[i + 1:]
    else:
        valid, invalid = rest, []
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    failures = 0
    for path in valid:
        with open(path, encoding="utf-8") as f:
            errors = sorted(validator.iter_errors(json.load(f)), key=lambda e: list(e.absolute_path))
        for e in errors:
            pointer = "".join(f"/{p}" for p in e.absolute_path)
            print(f"{path}:{pointer}: {e.message}")
        failures += bool(errors)
        print(f"{path}: {'valid' if not errors else 'INVALID'}")
    for path in invalid:
        with open(path, encoding="utf-8") as f:
            errors = list(validator.iter_errors(json.load(f)))
        if errors:
            print(f"{path}: rejected as expected ({errors[0].message[:80]})")
        else:
            print(f"{path}: ACCEPTED but should be rejected")
            failures += 1
    print(f"python jsonschema: {len(valid)} valid, {len(invalid)} rejected, {failures} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
