#!/usr/bin/env bash
# Throughput of the read routes against /health, measured in one run with wrk (Debian package).
# Prints requests/s, p99 latency, non-2xx/socket errors, and each route's ratio to /health.
#
# Two placements, one after the other:
#   separate: the server pinned to core 0 and wrk to the other cores (taskset), so that wrk's own
#             work (reading larger bodies) does not take CPU from the server: the nearest this
#             machine comes to a load generator on another host. Needs 2 cores or more.
#   shared:   server and wrk on all cores, competing.
# Each placement runs the routes in rounds (all routes, one after the other, then again), and a
# route's ratio is taken against /health of the same round; the median over the rounds is printed.
#
# Usage: bench/http.sh [seconds per route and round, default 5] [connections, default 32] [rounds, default 3]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-5}
connections=${2:-32}
rounds=${3:-3}
command -v wrk >/dev/null || { apt-get update -q && apt-get install -y -q wrk; }
[ -f target/territory-map.jar ] || ./mvnw -B -q package -DskipTests
cores=$(nproc)

# /regions/UA-14 is a small cached body (135 bytes): beside /health it shows what a route costs
# apart from the size of its body; the area report is about 13 KB.
target_route=/proposals/alaska-2025-08-15/area
# The embed page, a map PNG (kept rendered: served from memory) and the same PNG revalidated with its
# own ETag ("304 PATH": wrk sends If-None-Match, the server answers 304 without a body): what a
# front-page embed costs the server per reader, and per reader behind a CDN or a browser cache.
png_route=/proposals/alaska-2025-08-15/map.png
routes=(/health /regions/UA-14 "$target_route"
  "/compare?ids=alaska-2025-08-15,russia-demand-2024-06-14" /regions.geojson
  "/embed?p=alaska-2025-08-15" "$png_route" "304 $png_route")

failed=0
verdict=""
server=""
work=$(mktemp -d /tmp/territorymap-http.XXXXXX)
trap '[ -z "$server" ] || kill $server 2>/dev/null || true; rm -rf "$work"' EXIT

# run PLACEMENT SERVER_CPUS WRK_CPUS WRK_THREADS
run() {
  local placement=$1 server_cpus=$2 wrk_cpus=$3 threads=$4
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  # A proposal store of its own: a server already running from this folder holds store/.
  taskset -c "$server_cpus" java -jar target/territory-map.jar --port "$port" --store "$work/$placement" \
    > "target/bench-http-$placement.log" 2>&1 &
  server=$!
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.5; done
  if ! curl -sf "http://127.0.0.1:$port/health" >/dev/null; then
    echo "the server did not start; its log, target/bench-http-$placement.log, ends:" >&2
    tail -5 "target/bench-http-$placement.log" >&2
    exit 1
  fi
  local load=(taskset -c "$wrk_cpus" wrk -t"$threads" -c"$connections")
  # Warm-up: JIT and caches, not measured; twice over, as one pass left /health of the first round
  # still slow on a single core.
  for _ in 1 2; do
    for r in "${routes[@]}"; do "${load[@]}" -d5s "http://127.0.0.1:$port${r#304 }" >/dev/null; done
  done

  declare -A rps_of p99_of errors_of ratios_of bytes_of
  local etag
  etag=$(curl -s -D - -o /dev/null "http://127.0.0.1:$port$png_route" | awk 'tolower($1)=="etag:" {print $2}' | tr -d '\r')
  for r in "${routes[@]}"; do
    bytes_of[$r]=$(curl -s -o /dev/null -w '%{size_download}' -H "If-None-Match: $([ "${r#304 }" != "$r" ] && echo "$etag")" \
      "http://127.0.0.1:$port${r#304 }")
  done
  for round in $(seq 1 "$rounds"); do
    local health=""
    for r in "${routes[@]}"; do
      local out rps p99 errors
      local revalidate=()
      [ "${r#304 }" = "$r" ] || revalidate=(-H "If-None-Match: $etag")
      out=$("${load[@]}" "${revalidate[@]}" -d"${seconds}s" --latency "http://127.0.0.1:$port${r#304 }")
      rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
      p99=$(awk '$1=="99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; print v}' <<<"$out")
      errors=$(awk '/Non-2xx/ {n+=$NF} /Socket errors/ {for (i = 3; i <= NF; i++) {v=$i; sub(/,/,"",v); if (v ~ /^[0-9]+$/) n+=v}} END {print n+0}' <<<"$out")
      [ -n "$health" ] || health=$rps
      rps_of[$r]+="$rps "
      p99_of[$r]+="$p99 "
      errors_of[$r]=$(( ${errors_of[$r]:-0} + errors ))
      ratios_of[$r]+="$(awk -v a="$rps" -v b="$health" 'BEGIN {printf "%.3f", a / b}') "
    done
  done
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  server=""

  echo
  echo "== $placement: server on CPU $server_cpus, wrk -t$threads -c$connections on CPU $wrk_cpus," \
    "$rounds rounds of ${seconds}s per route"
  printf '%-58s %7s %26s %9s %7s %22s %7s\n' route bytes "req/s by round" "p99 ms" errors "ratio to /health" median
  for r in "${routes[@]}"; do
    local median
    median=$(tr ' ' '\n' <<<"${ratios_of[$r]}" | grep . | sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}')
    failed=$((failed + errors_of[$r]))
    [ "$r" != "$target_route" ] || verdict+="$placement $(printf %.2f "$median"); "
    printf '%-58s %7s %26s %9s %7s %22s %7.2f\n' "$r" "${bytes_of[$r]}" \
      "$(awk '{for (i = 1; i <= NF; i++) printf "%s%.0f", (i > 1 ? " " : ""), $i}' <<<"${rps_of[$r]}")" \
      "$(tr ' ' '\n' <<<"${p99_of[$r]}" | grep . | sort -n | tail -1)" "${errors_of[$r]}" \
      "$(awk '{for (i = 1; i <= NF; i++) printf "%s%.2f", (i > 1 ? " " : ""), $i}' <<<"${ratios_of[$r]}")" "$median"
  done
}

if [ "$cores" -ge 2 ]; then
  others=$([ "$cores" -eq 2 ] && echo 1 || echo "1-$((cores - 1))")
  run separate 0 "$others" "$((cores - 1))"
else
  echo "one core: no separate placement"
fi
run shared "0-$((cores - 1))" "0-$((cores - 1))" "$cores"
echo
echo "target: $target_route at 0.90 or more of /health, no failed request. Median ratio: ${verdict}failed requests: $failed"
echo "bytes: the body as curl receives it (no compression asked for, as wrk asks for none); 304: none."
echo "p99: the largest p99 of the rounds. machine: $cores cores, $(free -g | awk '/Mem/ {print $2}') GiB," \
  "$(java -version 2>&1 | head -1)"
[ "$failed" -eq 0 ] || exit 1
