#!/usr/bin/env bash
# Fuzzes the plan loader (load_plan) and the engine (engine) for SECONDS each, on the
# stable toolchain (no sanitizer), and exits non-zero if either target crashes.
#
#     fuzz/run.sh [SECONDS]      # default 30 seconds per target
#
# Installs cargo-fuzz first if it is missing. A crashing input is saved under
# fuzz/artifacts/TARGET/ and its panic message is printed.
set -euo pipefail
seconds="${1:-30}"
cd "$(dirname "$0")/.."

CARGO_FUZZ_VERSION=0.13.2
if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "== installing cargo-fuzz $CARGO_FUZZ_VERSION"
    cargo install cargo-fuzz --locked --version "$CARGO_FUZZ_VERSION"
fi

# No sanitizer: the others need a nightly compiler. 16 codegen units build faster on
# two cores; `run` must be given the same options or it builds everything again.
build=(--sanitizer none --codegen-units 16)

echo "== building the fuzz targets"
cargo fuzz build "${build[@]}"

failed=()
for target in load_plan engine; do
    echo "== fuzzing $target for ${seconds}s"
    # The fuzzer grows fuzz/corpus/TARGET (not kept in git) from fuzz/seeds/TARGET.
    mkdir -p "fuzz/corpus/$target"
    if ! cargo fuzz run "${build[@]}" "$target" \
        "fuzz/corpus/$target" "fuzz/seeds/$target" -- \
        -max_total_time="$seconds" -timeout=30 -print_final_stats=1 2>"fuzz/corpus/$target.log"; then
        failed+=("$target")
        # The panic message, where the input was saved and how to run it again.
        log="fuzz/corpus/$target.log"
        sed -n '/panicked at/,/^stack backtrace:/p' "$log" | grep -v '^stack backtrace:' |
            head -n 30 | cut -c1-2000
        grep -E 'ERROR: libFuzzer|Test unit written to|^Error:' "$log" | cut -c1-2000 || true
        grep -A2 '^Reproduce with:' "$log" || true
        echo "(full output: $log)"
    else
        grep -E '^(Done|stat::number_of_executed_units|stat::peak_rss_mb)' "fuzz/corpus/$target.log" || true
    fi
done

if ((${#failed[@]})); then
    echo "fuzzing found a crash in: ${failed[*]} (inputs under fuzz/artifacts/)" >&2
    exit 1
fi
echo "fuzzing: no crash in load_plan or engine (${seconds}s each)"
