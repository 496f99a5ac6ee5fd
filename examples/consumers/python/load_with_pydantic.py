"""Load IGF datasets into pydantic models generated from igf-model's JSON
Schema by datamodel-code-generator:

    datamodel-codegen --input igf.schema.json --input-file-type jsonschema \
        --output igf_models.py --output-model-type pydantic_v2.BaseModel \
        --use-annotated --strict-nullable --class-name IgfDataset
    python load_with_pydantic.py DATASET... [--invalid FIXTURE...]

Every DATASET must load and write back the same JSON (extension members
named x-... included); every FIXTURE after --invalid must be rejected.
"""
import json
import sys

from pydantic import ValidationError

from igf_models import IgfDataset


def main(args):
    cut = args.index("--invalid") if "--invalid" in args else len(args)
    paths, invalid = args[:cut], args[cut + 1:]
    failures = 0
    for path in invalid:
        with open(path, encoding="utf-8") as f:
            try:
                IgfDataset.model_validate_json(f.read())
                print(f"{path}: ACCEPTED but should be rejected")
                failures += 1
            except ValidationError as e:
                print(f"{path}: rejected as expected ({e.error_count()} error(s))")
    for path in paths:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        dataset = IgfDataset.model_validate_json(text)
        written = dataset.model_dump(mode="json", by_alias=True, exclude_unset=True)
        if written != json.loads(text):
            print(f"{path}: written back differently")
            failures += 1
        meetings = dataset.meetings or []
        sessions = sum(len(m.sessions or []) for m in meetings)
        print(f"{path}: {len(meetings)} meeting(s), {sessions} session(s), "
              f"{len(dataset.commitments or [])} commitment(s)")
    print(f"pydantic: {len(paths)} dataset(s) loaded, {len(invalid)} rejected, {failures} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
