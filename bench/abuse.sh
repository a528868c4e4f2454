#!/usr/bin/env bash
# Hostile clients against the server at -Xmx512m, on 127.0.0.1 only, each attack bounded in time:
#   1. 16 clients flooding POST /proposals/preview with the worst inputs known (a self-intersecting
#      zigzag of 4,000 and of 49,990 vertices, 10,000 small triangles, and within the preview's limits
#      190 triangles, a zigzag of 100 vertices and a valid comb of 4,998, each costing seconds);
#   2. slow clients: half send their headers, half their bodies, one byte a second;
#   3. concurrent read-modify-write PUTs with If-Match on two instances sharing one PostgreSQL
#      (bash .ci/postgres.sh starts one; its database territory_abuse is made afresh);
#   4. the list: N stored proposals (10,000 by default; one in 50 a drawn area of 10,000 vertices,
#      the rest region terms; POSTed by 3 writers with the token, 503s retried, at most 20 minutes),
#      then GET /proposals' first page under 8 concurrent clients, on a server of its own.
# Each prints requests served, 5xx (503s apart), /health p50/p99 during the attack, and whether its
# criteria hold: no 5xx but 503, every preview answered within the deadline + 1 s, /health p99
# under 50 ms, the slow connections cut, 0 lost updates, the list's first page p99 under 100 ms with
# every proposal stored. Exits 1 if any fails.
# Usage: bench/abuse.sh [seconds per attack, default 60] [slow connections, default 2000] [rounds, default 50]
#                       [stored proposals for the list, default 10000] [attacks, default all: e.g. list,preview]
# A quick run of the list alone: bench/abuse.sh 10 0 0 500 list
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
slow=${2:-2000}
rounds=${3:-50}
stored=${4:-10000}
attacks=${5:-all}
runs() { [ "$attacks" = all ] || [[ ",$attacks," == *",$1,"* ]]; }
[ -f target/territory-map.jar ] || ./mvnw -B -q package -DskipTests
ulimit -n 20000 2>/dev/null || true
work=$(mktemp -d /tmp/territorymap-abuse.XXXXXX)
token=abuse-token-$RANDOM
pids=()
# Each attack's servers are stopped before the next starts, so that one attack's leftovers (a heap
# to collect, a database to close) do not run during the next one's measurements.
stop_servers() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done; pids=(); }
trap 'stop_servers; rm -rf "$work"' EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
start() { # port, then extra options; waits for /health
  java -Xmx512m -jar target/territory-map.jar --host 127.0.0.1 --port "$1" --write-token "$token" "${@:2}" \
    > "$work/server-$1.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$1/health" >/dev/null && return 0; sleep 0.5; done
  echo "server on $1 did not start:" >&2; tail -5 "$work/server-$1.log" >&2; return 1
}
failed=0
if runs preview || runs slow; then
  port=$(free_port)
  start "$port" --store "$work/store" || exit 1
  if runs preview; then python3 bench/abuse.py preview "$port" "$seconds" || failed=1; fi
  if runs slow; then python3 bench/abuse.py slow "$port" "$seconds" "$slow" || failed=1; fi
  grep -c ' ERROR ' "$work/server-$port.log" | sed 's/^/server ERROR lines: /'
  stop_servers
fi

if runs list; then
  port=$(free_port)
  start "$port" --store "$work/list-store" || exit 1
  python3 bench/abuse.py list "$port" "$token" "$stored" "$seconds" || failed=1
  grep -c ' ERROR ' "$work/server-$port.log" | sed 's/^/server ERROR lines (list): /'
  stop_servers
fi

if runs ifmatch; then
  url=$(bash .ci/postgres.sh 2>/dev/null | tail -n 1)
  if [ -n "$url" ]; then
    su postgres -c "psql -q -c 'DROP DATABASE IF EXISTS territory_abuse'" >/dev/null 2>&1
    su postgres -c "psql -q -c 'CREATE DATABASE territory_abuse OWNER territory'" >/dev/null
    db="${url/territory_test/territory_abuse}"
    a=$(free_port); b=$(free_port)
    start "$a" --database-url "$db" && start "$b" --database-url "$db" \
      && python3 bench/abuse.py ifmatch "$a" "$b" "$token" "$rounds" || failed=1
  else
    echo "concurrent PUTs: no PostgreSQL (bash .ci/postgres.sh) -> FAILED"; failed=1
  fi
fi
exit $failed
