#!/usr/bin/env bash
# Counts the lines of ActionPlanKit that exist only for speed: code lines (not blank, not comments)
# of the files below, each of which a plain version could do without. Run from the package root, or
# give a git revision to count that revision instead: Tests/Benchmarks/speed-lines.sh [REV]
set -euo pipefail
rev=${1:-}
# Files that exist only for speed. Byte-level twins are `*+Bytes.swift`; the rest are named here.
patterns=(
  'Sources/ActionPlanKit/**/*+Bytes.swift'
  'Sources/ActionPlanKit/Calendar/CalendarDay+ISOBytes.swift'
  'Sources/ActionPlanKit/Storage/PlanFileReader*.swift'
  'Sources/ActionPlanKit/Storage/Summaries/*.swift'
  'Sources/ActionPlanKit/Storage/PlanStore+Summaries.swift'
  'Sources/ActionPlanKit/Storage/PlanStore+Batch.swift'
  'Sources/ActionPlanKit/Support/ConcurrentMap.swift'
  'Sources/ActionPlanKit/Reading/ReportReader+Parallel.swift'
  'Sources/ActionPlanKit/Reading/Text/ASCIIText.swift'
  'Sources/ActionPlanKit/Reading/Metadata/TextSearch.swift'
  'Sources/ActionPlanKit/Reading/Metadata/TrimmingMarks.swift'
  'Sources/ActionPlanKit/Reports/RAGCounter.swift'
  'Sources/ActionPlanKit/Reports/JSON/JSONWriter.swift'
  'Sources/ActionPlanKit/Reports/Text/TextCells.swift'
  'Sources/ActionPlanKit/Reports/Text/TextOutput.swift'
  'Sources/ActionPlanKit/Reports/Text/TextWrapper.swift'
  'Sources/ActionPlanKit/Reports/Text/WordRun.swift'
  'Sources/ActionPlanKit/Reports/Text/String+Layout.swift'
  'Sources/ActionPlanKit/Reports/Text/TextMeasure.swift'
)
if [ -n "$rev" ]; then
  files=$(git ls-tree -r --name-only "$rev" -- Sources/ActionPlanKit)
  show() { git show "$rev:$1"; }
else
  files=$(git ls-files -- Sources/ActionPlanKit; git ls-files --others --exclude-standard -- Sources/ActionPlanKit)
  show() { cat "$1"; }
fi
total=0
for file in $files; do
  for pattern in "${patterns[@]}"; do
    # shellcheck disable=SC2053
    if [[ $file == $pattern ]]; then
      count=$(show "$file" | grep -cvE '^\s*($|//)' || true)
      # Before the byte-level twins had files of their own, these two files held the plain version
      # first and the byte-level one after it: count from the first byte-level declaration on.
      case $file in
        */String+Layout.swift | */TextMeasure.swift)
          count=$(show "$file" | grep -vE '^\s*($|//)' \
            | awk '/func shortenedSimple|init\?\(simpleBytes/{on=1} on{n++} END{print n+0}') ;;
      esac
      printf '%6d  %s\n' "$count" "$file"
      total=$((total + count))
      break
    fi
  done
done
all=$(for file in $files; do show "$file"; done | grep -cvE '^\s*($|//)')
printf '%6d  speed-only lines (of %d code lines in ActionPlanKit)\n' "$total" "$all"
