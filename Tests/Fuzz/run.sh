#!/bin/sh
# Builds the libFuzzer targets in Tests/Fuzz against the ActionPlanKit sources and runs each one.
#
#   Tests/Fuzz/run.sh [SECONDS] [TARGET...]
#       (default 600 seconds each; targets: plan report inflate xlsx sheet template arguments)
#
# Run from anywhere inside the repository. Builds and working corpora go to .build/fuzz/ (never
# committed); the seeds in Tests/Fuzz/seeds/, the report fixtures and the past crash inputs start
# each corpus. Crash inputs are written to .build/fuzz/artifacts/ (older ones are kept). Exits 1 if
# any target crashed. Copy a fixed crash input to Tests/Fuzz/crashes/TARGET-NAME: the test suite
# (FuzzRegressionTests) then runs it on every `swift test`.
set -eu

seconds=${1:-600}
[ $# -gt 0 ] && shift
targets=${*:-plan report inflate xlsx sheet template arguments}
root=$(cd "$(dirname "$0")/../.." && pwd)
work="$root/.build/fuzz"
mkdir -p "$work/artifacts"

# Without this, a crash leaves swift-backtrace holding the output pipe for about ten minutes.
export SWIFT_BACKTRACE=enable=no
# Lazily made statics (a report's template field table) live until exit by design; LeakSanitizer
# reports each as a leak and libFuzzer counts it as a crash, hiding real ones.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"

sources=$(find "$root/Sources/ActionPlanKit" -name '*.swift' | sort)
status=0
for target in $targets; do
    case $target in
        plan) file=PlanDecoderFuzz.swift ;;
        report) file=ReportReaderFuzz.swift ;;
        inflate) file=InflaterFuzz.swift ;;
        xlsx) file=WorkbookFuzz.swift ;;
        sheet) file="SheetImportFuzz.swift FuzzSamples.swift" ;;
        template) file="TemplateFuzz.swift FuzzSamples.swift" ;;
        arguments) file=ArgumentFuzz.swift ;;
        *)
            echo "run.sh: unknown target '$target' (expected plan, report, inflate, xlsx, sheet, template or arguments)" >&2
            exit 64
            ;;
    esac
    files=""
    for name in $file; do files="$files $root/Tests/Fuzz/$name"; done
    extra=""
    if [ "$target" = arguments ]; then
        # The command line's sources join the library's in one module, so their imports of it go.
        mkdir -p "$work/cli-sources"
        rm -f "$work/cli-sources"/*.swift
        for source in $(find "$root/Sources/ActionPlanCLI" -name '*.swift'); do
            sed '/^import ActionPlanKit$/d' "$source" >"$work/cli-sources/$(basename "$source")"
        done
        extra=$(find "$work/cli-sources" -name '*.swift' | sort)
    fi
    binary="$work/fuzz-$target"
    echo "== building $target"
    # shellcheck disable=SC2086  # the source list is split on purpose; no path has a space
    if ! swiftc -swift-version 6 -sanitize=fuzzer,address -parse-as-library -O -module-name ActionPlanKit \
        $sources $extra $files -o "$binary" >"$work/build-$target.log" 2>&1; then
        grep -v 'Cannot export local symbol' "$work/build-$target.log" >&2
        echo "run.sh: building the $target target failed" >&2
        exit 1
    fi
    corpus="$work/corpus-$target"
    mkdir -p "$corpus"
    if [ -d "$root/Tests/Fuzz/seeds/$target" ]; then cp "$root/Tests/Fuzz/seeds/$target"/* "$corpus"/; fi
    find "$root/Tests/Fuzz/crashes" -name "$target-*" -exec cp {} "$corpus"/ \;
    if [ "$target" = report ]; then cp "$root"/Tests/ActionPlanKitTests/Fixtures/*.txt "$corpus"/; fi
    echo "== running $target for $seconds s"
    log="$work/fuzz-$target.log"
    # The reader is slow on long texts under ASan; short inputs give far more executions per second.
    max_len=65536
    [ "$target" = report ] && max_len=8192
    # -fork with -ignore_crashes keeps fuzzing after a crash, so one bug does not end the run.
    if "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" \
        -fork=1 -ignore_crashes=1 -artifact_prefix="$work/artifacts/$target-" -print_final_stats=1 \
        "$corpus" >"$log" 2>&1; then
        :
    else
        status=1
    fi
    grep -E '^(Done|stat::|==[0-9]+== ERROR|.*Fatal error|SUMMARY)' "$log" | sort | uniq -c || true
    grep -E '^#[0-9]+' "$log" | tail -1 || true
    crashes=$(find "$work/artifacts" -name "$target-crash-*" | wc -l)
    echo "$crashes crash input(s) for $target in $work/artifacts"
    [ "$crashes" -eq 0 ] || status=1
done
exit $status
