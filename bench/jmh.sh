#!/usr/bin/env bash
# JMH benchmarks of evaluation (bench/src/main/java/territorymap/bench/EvaluationBenchmark.java) on
# the shipped data and, where ../shared/data is present, on the high-resolution reference data.
# Prints each benchmark's average time and the ratios measured in this one run.
# Usage: bench/jmh.sh [forks, default 1] [warm-up iterations, default 3] [iterations, default 5]
#        [seconds per iteration, default 2]
# Environment: TERRITORYMAP_SHARED_DATA (default ../shared/data), JMH_ARGS (extra JMH options).
set -euo pipefail
cd "$(dirname "$0")/.."
forks=${1:-1}
warmups=${2:-3}
iterations=${3:-5}
seconds=${4:-2}
shared=${TERRITORYMAP_SHARED_DATA:-../shared/data}

source bench/jmh-setup.sh

java -cp "$classpath" org.openjdk.jmh.Main 'territorymap.bench.EvaluationBenchmark' \
  -f "$forks" -wi "$warmups" -i "$iterations" -w "${seconds}s" -r "${seconds}s" -p data="$data" \
  -jvmArgs "-Xmx2g -Dterritorymap.sharedData=$shared" \
  -rf json -rff target/jmh-result.json ${JMH_ARGS:-} | grep -v '^# \(JMH\|VM\|Blackhole\|Warmup\|Measurement\|Timeout\|Threads\|Benchmark mode\)' \
  | grep -v '^Iteration\|^# Warmup Iteration' > target/jmh-output.txt || { cat target/jmh-output.txt; exit 1; }

python3 - target/jmh-result.json "$(nproc)" <<'PY'
import json, sys
rows = json.load(open(sys.argv[1]))
t = {}
for r in rows:
    name = r["benchmark"].rsplit(".", 1)[1]
    data = r["params"]["data"]
    m = r["primaryMetric"]
    error = m["scoreError"]
    t[(name, data)] = (m["score"], error if isinstance(error, (int, float)) else float("nan"))
names = ["seededFromScratch", "seededOnAtoms", "polygonProposal", "bandProposal40km", "coverageArea"]
datas = [d for d in ("shipped", "highres") if any(k[1] == d for k in t)]
print()
print("%-20s" % "ms/op (±99.9%)" + "".join("%22s" % d for d in datas) + ("%18s" % "highres/shipped" if len(datas) == 2 else ""))
for n in names:
    line = "%-20s" % n
    for d in datas:
        s, e = t[(n, d)]
        line += "%22s" % ("%.3f ± %.3f" % (s, e))
    if len(datas) == 2:
        line += "%18.1f" % (t[(n, "highres")][0] / t[(n, "shipped")][0])
    print(line)
print()
for d in datas:
    g = lambda n: t[(n, d)][0]
    print("%s: from scratch / on atoms = %.0f; polygon proposal / the atom-only seeds = %.1f;"
          " polygon proposal / coverage area = %.2f" % (d, g("seededFromScratch") / g("seededOnAtoms"),
          g("polygonProposal") / g("seededOnAtoms"), g("polygonProposal") / g("coverageArea")))
for d in datas:
    print("%s: band proposal (40 km, whole line) %.1f ms per evaluation; target on highres: under 500 ms"
          % (d, t[("bandProposal40km", d)][0]))
print("machine: %s cores; one JVM per data set and fork; seededFromScratch cuts regions on all cores" % sys.argv[2])
PY
