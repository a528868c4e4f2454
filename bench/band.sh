#!/usr/bin/env bash
# JMH benchmark of band proposals (bench/src/main/java/territorymap/bench/BandBenchmark.java): a
# 40 km band along the whole line of contact, on the shipped data and, where ../shared/data is
# present, on the high-resolution reference data (read in place, never copied).
# Usage: bench/band.sh [warm-up iterations, default 2] [iterations, default 3] [seconds each, default 5]
# Environment: TERRITORYMAP_SHARED_DATA (default ../shared/data), JMH_ARGS (extra JMH options).
set -euo pipefail
cd "$(dirname "$0")/.."
warmups=${1:-2}
iterations=${2:-3}
seconds=${3:-5}
shared=${TERRITORYMAP_SHARED_DATA:-../shared/data}

source bench/jmh-setup.sh

java -cp "$classpath" org.openjdk.jmh.Main 'territorymap.bench.BandBenchmark' \
  -f 1 -wi "$warmups" -i "$iterations" -w "${seconds}s" -r "${seconds}s" -p data="$data" \
  -jvmArgs "-Xmx2g -Dterritorymap.sharedData=$shared" \
  -rf json -rff target/jmh-band.json ${JMH_ARGS:-} > target/jmh-band.txt || { cat target/jmh-band.txt; exit 1; }
grep -E '^(shipped|highres):' target/jmh-band.txt || true

python3 - target/jmh-band.json "$(nproc)" <<'PY'
import json, sys
rows = json.load(open(sys.argv[1]))
t = {}
for r in rows:
    m = r["primaryMetric"]
    t[(r["benchmark"].rsplit(".", 1)[1], r["params"]["data"])] = (m["score"], m["scoreError"])
names = ["heldBand40km", "mirroredBand40km", "buffer40km", "lineOfContact"]
datas = [d for d in ("shipped", "highres") if any(k[1] == d for k in t)]
print("%-18s" % "ms/op (±99.9%)" + "".join("%24s" % d for d in datas) + ("%18s" % "highres/shipped" if len(datas) == 2 else ""))
for n in names:
    line = "%-18s" % n
    for d in datas:
        s, e = t[(n, d)]
        e = e if isinstance(e, (int, float)) else float("nan")
        line += "%24s" % ("%.1f ± %.1f" % (s, e))
    if len(datas) == 2:
        line += "%18.1f" % (t[(n, "highres")][0] / t[(n, "shipped")][0])
    print(line)
for d in datas:
    print("%s: band evaluation / buffer alone = %.1f" % (d, t[("heldBand40km", d)][0] / t[("buffer40km", d)][0]))
print("machine: %s cores, shared; target: heldBand40km under 500 ms on highres" % sys.argv[2])
PY
