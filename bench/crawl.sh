#!/usr/bin/env bash
# Memory under a crawl of many control layers: the service loads N dated layers (the six shared
# DeepStateMap snapshots linked under new dates, as in layers.sh) in a small heap, then every
# seeded proposal is asked for on every layer (area report, map at every detail, and a comparison),
# as a crawler or a long session on the timeline would. Prints the heap used after a full GC as it
# goes. Fails (exit 1) on a failed request or a server that dies.
# Usage: bench/crawl.sh [N layers, default 300] [heap, default 1g]
# Environment: TERRITORYMAP_SHARED_DATA (default ../shared/data).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-300}
heap=${2:-1g}
shared=${TERRITORYMAP_SHARED_DATA:-../shared/data}
[ -d "$shared/control" ] || { echo "no $shared/control: set TERRITORYMAP_SHARED_DATA" >&2; exit 1; }
[ -f target/territory-map.jar ] || ./mvnw -B -q package -DskipTests

work=$(mktemp -d /tmp/territorymap-crawl.XXXXXX)
server=""
trap '[ -z "$server" ] || kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$work/layers"
mapfile -t snapshots < <(ls "$shared"/control/*.geojson)
dates=()
for i in $(seq 0 $((n - 1))); do
  date=$(date -u -d "2020-01-01 + $i days" +%F)
  dates+=("$date")
  ln -s "$(realpath "${snapshots[$((i % ${#snapshots[@]}))]}")" "$work/layers/$date.geojson"
done

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
java -Xmx"$heap" -jar target/territory-map.jar --port "$port" --store "$work/store" \
  --control-dir "$work/layers" > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.5; done
curl -sf "http://127.0.0.1:$port/health" >/dev/null || { tail -5 "$work/server.log" >&2; exit 1; }

heap_after_gc() {
  jcmd "$server" GC.run >/dev/null
  jcmd "$server" GC.heap_info | awk '/garbage-first heap/ {v=$(NF-2); sub(/K,?/,"",v); printf "%.0f", v / 1024}'
}

ids=$(curl -s "http://127.0.0.1:$port/proposals" | python3 -c 'import json,sys; print(" ".join(p["id"] for p in json.load(sys.stdin)))')
read -r -a ids <<<"$ids"
loaded=$(heap_after_gc)
echo "$n layers, ${#ids[@]} proposals, -Xmx$heap; heap used after a full GC, once loaded: $loaded MiB"
requests=0
failed=0
start=$(date +%s)
get() {
  local code
  code=$(curl -s -o /dev/null -w '%{http_code}' --compressed --max-time 60 "http://127.0.0.1:$port$1" || echo 000)
  requests=$((requests + 1))
  [ "$code" = 200 ] || { failed=$((failed + 1)); echo "  $code $1"; }
}
for i in "${!dates[@]}"; do
  d=${dates[$i]}
  for id in "${ids[@]}"; do
    get "/proposals/$id/area?layer=$d"
    for detail in coarse medium fine full; do get "/proposals/$id/geojson?layer=$d&detail=$detail"; done
  done
  get "/compare?ids=${ids[0]},${ids[1]},${ids[2]}&layer=$d"
  get "/layers/$d/area"
  if ! kill -0 "$server" 2>/dev/null; then
    echo "the server died at layer $i; its log ends:"; tail -5 "$work/server.log"; exit 1
  fi
  if [ $(((i + 1) % 50)) = 0 ] || [ $((i + 1)) = "$n" ]; then
    used=$(heap_after_gc)
    echo "after $((i + 1)) layers: $requests requests, $failed failed, $(($(date +%s) - start)) s;" \
      "heap used after a full GC $used MiB ($(awk -v a="$used" -v b="$loaded" 'BEGIN {printf "%.2f", a / b}') of that once loaded)"
  fi
done
errors=$(grep -c " ERROR \|OutOfMemoryError" "$work/server.log" || true)
echo "errors logged by the server: $errors"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; boundaries: shipped; one request at a time"
[ "$failed" -eq 0 ] && [ "$errors" -eq 0 ]
