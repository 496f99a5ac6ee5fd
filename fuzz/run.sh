#!/usr/bin/env bash
# Seeds the corpora and runs every fuzz target, one after another, for
# SECONDS each (default 60) with the dictionary fuzz/igf.dict. Exits
# non-zero if any target finds a crash (or a timeout, or runs out of
# memory); the failing inputs are in fuzz/artifacts/<target>/.
#
# Usage (from anywhere, usually the repository root):
#   fuzz/run.sh [SECONDS [TARGET...]]
# Needs a nightly toolchain (`cargo +nightly`); installs cargo-fuzz if
# `cargo fuzz` is missing. Logs go to fuzz/logs/<target>.log.
# Environment: FUZZ_SANITIZER (default none), see below.
set -uo pipefail

seconds="${1:-60}"
shift || true
case "$seconds" in
    ''|*[!0-9]*) echo "run.sh: SECONDS must be a whole number, not '$seconds'" >&2; exit 2 ;;
esac

fuzz_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$fuzz_dir")"
cd "$root"

if [ "$#" -gt 0 ]; then
    targets=("$@")
else
    targets=()
    for source in "$fuzz_dir"/fuzz_targets/*.rs; do
        targets+=("$(basename "$source" .rs)")
    done
fi

if ! cargo +nightly --version >/dev/null 2>&1; then
    echo "run.sh: a nightly toolchain is needed (cargo +nightly)" >&2
    exit 2
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "run.sh: installing cargo-fuzz" >&2
    cargo install cargo-fuzz --locked || cargo install cargo-fuzz || {
        echo "run.sh: could not install cargo-fuzz" >&2
        exit 2
    }
fi

"$fuzz_dir/seed.sh" "${targets[@]}" || exit 2

# Debug assertions on, so that arithmetic overflow is a crash too. No
# sanitizer by default: the crate forbids unsafe code, and AddressSanitizer
# would make every target about five times slower. FUZZ_SANITIZER=address
# (or any `cargo fuzz --sanitizer` value) brings it back.
sanitizer="${FUZZ_SANITIZER:-none}"
build_flags=(--debug-assertions --sanitizer "$sanitizer")
echo "run.sh: building the fuzz targets (sanitizer: $sanitizer)"
if ! cargo +nightly fuzz build "${build_flags[@]}"; then
    echo "run.sh: the fuzz targets do not build" >&2
    exit 2
fi

mkdir -p "$fuzz_dir/logs"
failed=()
summary=()
for target in "${targets[@]}"; do
    log="$fuzz_dir/logs/$target.log"
    echo "run.sh: fuzzing $target for ${seconds}s (log: fuzz/logs/$target.log)"
    cargo +nightly fuzz run "${build_flags[@]}" "$target" "$fuzz_dir/corpus/$target" -- \
        -max_total_time="$seconds" \
        -max_len=65536 \
        -dict="$fuzz_dir/igf.dict" \
        -print_final_stats=1 \
        >"$log" 2>&1
    status=$?
    done_line="$(grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -n 1)"
    execs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)"
    rate="$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)"
    cov="$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$done_line")"
    ft="$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$done_line")"
    corp="$(sed -n 's/.* corp: \([0-9]*\/[0-9A-Za-z]*\).*/\1/p' <<<"$done_line")"
    if [ "$status" -ne 0 ]; then
        failed+=("$target")
        echo "run.sh: $target FAILED (exit $status); the end of its log:" >&2
        tail -n 40 "$log" >&2
        summary+=("$(printf '%-10s CRASH (exit %s), see fuzz/logs/%s.log and fuzz/artifacts/%s/' \
            "$target" "$status" "$target" "$target")")
    else
        summary+=("$(printf '%-10s execs=%s exec/s=%s cov=%s ft=%s corp=%s crashes=0' \
            "$target" "${execs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" "${corp:-?}")")
    fi
done

echo
echo "run.sh: ${seconds}s per target"
printf '  %s\n' "${summary[@]}"
if [ "${#failed[@]}" -gt 0 ]; then
    echo "run.sh: crashes in: ${failed[*]}" >&2
    exit 1
fi
echo "run.sh: no crashes"
