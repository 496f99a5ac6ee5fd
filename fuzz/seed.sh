#!/usr/bin/env bash
# Seeds the corpus of every fuzz target from the repository's JSON files:
# data/*.json, examples/datasets/*.json and tests/fixtures/**/*.json are
# copied into fuzz/corpus/<target>/ (kept out of git by fuzz/.gitignore).
# Files are named by their path, so seeding twice adds nothing, and what
# the fuzzer added to the corpus is kept.
#
# Usage: fuzz/seed.sh [TARGET...]   (default: every target)
set -euo pipefail

fuzz_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$fuzz_dir")"

if [ "$#" -gt 0 ]; then
    targets=("$@")
else
    targets=()
    for source in "$fuzz_dir"/fuzz_targets/*.rs; do
        name="$(basename "$source" .rs)"
        targets+=("$name")
    done
fi

cd "$root"
shopt -s nullglob globstar
seeds=(data/*.json examples/datasets/*.json tests/fixtures/**/*.json)
if [ "${#seeds[@]}" -eq 0 ]; then
    echo "seed.sh: no seed files found under $root" >&2
    exit 1
fi

for target in "${targets[@]}"; do
    corpus="$fuzz_dir/corpus/$target"
    mkdir -p "$corpus"
    for seed in "${seeds[@]}"; do
        cp "$seed" "$corpus/seed-${seed//\//_}"
    done
    # The regression inputs of the target, if any, belong in its corpus too.
    for regression in "$fuzz_dir"/regressions/"$target"-*.json; do
        cp "$regression" "$corpus/$(basename "$regression")"
    done
    echo "seed.sh: $target: ${#seeds[@]} seeds in fuzz/corpus/$target"
done
