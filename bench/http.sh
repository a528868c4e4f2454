#!/usr/bin/env bash
# Throughput of the read routes against /health, measured in one run with wrk (Debian package).
# Prints requests/s, p99 latency, non-2xx/socket errors, and each route's ratio to /health.
# Usage: bench/http.sh [seconds per route, default 10] [connections, default 32]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
connections=${2:-32}
command -v wrk >/dev/null || { apt-get update -q && apt-get install -y -q wrk; }
[ -f target/territory-map.jar ] || ./mvnw -B -q package -DskipTests
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
java -jar target/territory-map.jar --port "$port" > target/bench-http-server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.5; done

# /regions/UA-14 is a small cached body (135 bytes): beside /health it shows what a route costs
# apart from the size of its body; the area report is about 18 KB.
routes=(/health /regions/UA-14 /proposals/alaska-2025-08-15/area
  "/compare?ids=alaska-2025-08-15,russia-demand-2024-06-14" /regions.geojson)
# Warm-up: JIT and caches, not measured.
for r in "${routes[@]}"; do wrk -t2 -c"$connections" -d3s "http://127.0.0.1:$port$r" >/dev/null; done

printf '%-60s %8s %12s %10s %8s %8s\n' route bytes "req/s" "p99 ms" errors "/health"
health=""
for r in "${routes[@]}"; do
  out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency "http://127.0.0.1:$port$r")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; print v}' <<<"$out")
  errors=$(awk '/Non-2xx/ {n+=$NF} /Socket errors/ {for (i = 3; i <= NF; i++) {v=$i; sub(/,/,"",v); if (v ~ /^[0-9]+$/) n+=v}} END {print n+0}' <<<"$out")
  [ -n "$health" ] || health=$rps
  bytes=$(curl -s -o /dev/null -w '%{size_download}' "http://127.0.0.1:$port$r")
  printf '%-60s %8s %12.0f %10.2f %8s %8.2f\n' "$r" "$bytes" "$rps" "$p99" "$errors" "$(awk -v a="$rps" -v b="$health" 'BEGIN {print a / b}')"
done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; wrk -t2 -c$connections -d${seconds}s; server and wrk share the machine"
