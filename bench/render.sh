#!/usr/bin/env bash
# Render time per map image (bench/src/main/java/territorymap/bench/RenderBenchmark.java): PNG and
# SVG at 1200×630 and at the print size, after warm-up, with the ratios measured in this run.
# Usage: bench/render.sh [warm-up seconds per kind, default 5] [timed renders per kind, default 40]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -Pjmh test-compile
./mvnw -B -q -Pjmh dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
java -Djava.awt.headless=true -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  territorymap.bench.RenderBenchmark "${1:-5}" "${2:-40}"
