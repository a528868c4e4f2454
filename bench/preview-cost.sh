#!/usr/bin/env bash
# The longest single uninterruptible step of a preview for the costliest inputs within the
# preview's limits, on the shipped data (bench/src/main/java/territorymap/bench/PreviewCost.java).
# Prints, per input, the best of three runs of each step in ms.
# Usage: bench/preview-cost.sh [part of an input's name, e.g. comb; default: every input]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -o -Pjmh test-compile
./mvnw -B -q -o -Pjmh dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" territorymap.bench.PreviewCost "$@"
