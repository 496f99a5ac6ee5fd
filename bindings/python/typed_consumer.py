"""A small typed consumer of igf_model, for `mypy --strict`: validate a
file, read the findings, catch a load failure."""

import sys
from typing import List

import igf_model


def errors_of(path: str) -> List[str]:
    findings: List[igf_model.Finding] = igf_model.validate(path)
    return [f"{f.pointer}: {f.code}: {f.message}" for f in findings if f.severity == "error"]


def main(paths: List[str]) -> int:
    status = 0
    for path in paths:
        try:
            dataset = igf_model.load(path)
        except igf_model.LoadError as err:
            for problem in err.problems:
                line: int = problem.line
                print(f"{problem.file}:{line}:{problem.column}: {problem.reason}")
            status = 1
            continue
        meetings = dataset.get("meetings", [])
        print(f"{path}: {len(meetings)} meeting(s)")
        for text in errors_of(path):
            print(text)
            status = 1
    rules: List[igf_model.Rule] = igf_model.rules()
    print(f"{len(rules)} rules")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
