#!/usr/bin/env bash
# The benchmark, side by side with Taskwarrior and jq, in one command:
#     Tests/Benchmarks/run.sh [actionplan-bench options, e.g. --runs 5 --actions 50000]
# Installs the peers when it can, builds the release binaries, builds the portfolios under
# .build-bench/ (git-ignored) from ../shared/corpus when it is there, and writes the results to
# .build-bench/results.md. Nothing is written inside the repository's tracked files.
set -euo pipefail
cd "$(dirname "$0")/../.."

missing=()
command -v task >/dev/null 2>&1 || missing+=(taskwarrior)
command -v jq >/dev/null 2>&1 || missing+=(jq)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
    if command -v apt-get >/dev/null 2>&1; then
        echo "== installing ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
    else
        echo "warning: ${missing[*]} not installed and no apt-get here; those columns will be missing" >&2
    fi
fi

# Built as README's "Installing" builds it: the standard library and Foundation linked in, which halves
# the start-up every command pays (about 16 ms to 8 ms here).
echo "== swift build -c release --static-swift-stdlib"
swift build -c release --static-swift-stdlib --product actionplan
swift build -c release --static-swift-stdlib --product actionplan-bench

corpus=()
if [ -d ../shared/corpus ]; then corpus=(--corpus ../shared/corpus); else corpus=(--no-corpus); fi

mkdir -p .build-bench
{
    echo "- Toolchain: $(swift --version 2>/dev/null | head -1)"
    echo "- Load average when the run started: $(cut -d' ' -f1-3 /proc/loadavg)"
} > .build-bench/results.md
.build/release/actionplan-bench --work .build-bench "${corpus[@]}" "$@" | tee -a .build-bench/results.md
echo "== results in .build-bench/results.md"
