#!/usr/bin/env bash
# Load test of the read routes: wrk at 128 connections for 60 s over a rotation of every read
# route, on the shipped data; no request may fail, and the heap after a full GC must be no larger
# after the load than before it (both printed, from jcmd GC.heap_info after jcmd GC.run): no more
# than one byte per request served, which is above the noise of the reading (see below).
# Usage: bench/load.sh [seconds, default 60] [connections, default 128]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
connections=${2:-128}
command -v wrk >/dev/null || { apt-get update -q && apt-get install -y -q wrk; }
[ -f target/territory-map.jar ] || ./mvnw -B -q package -DskipTests
work=$(mktemp -d /tmp/territorymap-load.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
java -Xmx512m -jar target/territory-map.jar --port "$port" --store "$work/store" > "$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.5; done

routes=(/health /regions /regions/UA-14 /regions/UA-14/geojson /regions.geojson /proposals
  /proposals/alaska-2025-08-15 /proposals/alaska-2025-08-15/area "/proposals/us-28-point-2025-11/area?layer=latest"
  /proposals/russia-demand-2024-06-14/geojson /proposals/cbs-2025-08-08/area.csv
  "/compare?ids=alaska-2025-08-15,russia-demand-2024-06-14"
  "/compare?ids=alaska-2025-08-15,us-28-point-2025-11,line-of-contact-2025-08-15"
  /layers /layers/latest/area /timeline "/timeline?region=UA-14" / /js/app.js /css/app.css)
for r in "${routes[@]}"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$r")
  [ "$code" = 200 ] || { echo "route $r answers $code before the load" >&2; exit 1; }
done
{
  echo 'local paths = {'
  for r in "${routes[@]}"; do printf '  "%s",\n' "$r"; done
  echo '}'
  echo 'local i = 0'
  echo 'request = function() i = i + 1; return wrk.format("GET", paths[(i % #paths) + 1]) end'
} > "$work/routes.lua"

# Each of Jetty's pool threads holds some 100 KiB of thread-local buffers, and the pool keeps about
# one thread per connection long after a load (it shrinks by one thread per idle timeout), so a
# reading moves with the number alive: measured +275 KiB with 141 threads against 139, -61 KiB with
# 138. Readings are taken once the pool has stopped changing for 10 s, and the counts printed.
pool_threads() {
  jcmd "$server" Thread.print | grep -c '^"JettyServerThreadPool' || true
}
wait_idle() {
  local last=-1 now steady=0
  for _ in $(seq 1 60); do
    now=$(pool_threads)
    if [ "$now" = "$last" ]; then steady=$((steady + 1)); else steady=0; fi
    [ "$steady" -ge 2 ] && break
    last=$now
    sleep 5
  done
  echo "$now"
}
# The least of three readings, a second apart, each after two full GCs.
heap_used_kib() {
  local least="" used
  for _ in 1 2 3; do
    sleep 1
    jcmd "$server" GC.run >/dev/null
    jcmd "$server" GC.run >/dev/null
    used=$(jcmd "$server" GC.heap_info | awk '/ used / {for (i = 1; i <= NF; i++) if ($i == "used") {v=$(i+1); sub(/K,?/,"",v); print v; exit}}')
    if [ -z "$least" ] || [ "$used" -lt "$least" ]; then least=$used; fi
  done
  echo "$least"
}

# Warm-up at the same concurrency: JIT, response caches, Jetty's buffer pools. Not measured. It lasts
# as long as the load itself: after 15 s, some 500 strings (the JIT's and the libraries' own
# metadata) were still being added in the next 40 s, and none to speak of after that.
wrk -t2 -c"$connections" -d"${seconds}s" -s "$work/routes.lua" "http://127.0.0.1:$port" >/dev/null
threads_before=$(wait_idle)
before=$(heap_used_kib)
out=$(wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s --latency -s "$work/routes.lua" "http://127.0.0.1:$port")
threads_after=$(wait_idle)
after=$(heap_used_kib)

echo "$out" | grep -E 'Requests/sec|Transfer/sec|requests in|Latency|Non-2xx|Socket errors|  50%|  99%'
errors=$(awk '/Non-2xx/ {n+=$NF} /Socket errors/ {for (i = 3; i <= NF; i++) {v=$i; sub(/,/,"",v); if (v ~ /^[0-9]+$/) n+=v}} END {print n+0}' <<<"$out")
server_errors=$(grep -c ' ERROR ' "$work/server.log" || true)
printf 'failed requests (non-2xx, socket errors): %s; errors logged by the server: %s\n' "$errors" "$server_errors"
[ "$server_errors" = 0 ] || grep -A8 ' ERROR ' "$work/server.log" | head -60
printf 'heap used after full GC, server idle: before %s KiB (%s pool threads), after %s KiB (%s pool threads), difference %+d KiB (%+.2f %%)\n' \
  "$before" "$threads_before" "$after" "$threads_after" \
  "$((after - before))" "$(awk -v a="$after" -v b="$before" 'BEGIN {print 100 * (a - b) / b}')"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; wrk -t2 -c$connections -d${seconds}s over ${#routes[@]} read routes; server (-Xmx512m) and wrk share the machine"
status=0
[ "$errors" = 0 ] && [ "$server_errors" = 0 ] || { echo "FAIL: requests failed"; status=1; }
# "No larger" within what the thread count moves: a leak is growth with the requests served, and
# one byte per request (2 MB over the usual 2 million) is far above that noise and far below any
# leak of an object per request.
requests=$(awk '/requests in/ {print $1}' <<<"$out")
per_request=$(awk -v a="$after" -v b="$before" -v n="$requests" 'BEGIN {printf "%.3f", (a - b) * 1024 / n}')
echo "heap growth per request served: $per_request bytes (a leak fails above 1)"
if awk -v p="$per_request" 'BEGIN {exit !(p <= 1)}'; then
  echo "heap: no larger after the load, within the thread-count noise"
else
  echo "FAIL: heap larger after the load"; status=1
fi
exit $status
