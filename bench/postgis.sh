#!/usr/bin/env bash
# The project's evaluation against PostGIS doing the same work, in one run (PostgisComparison.java):
# installs PostgreSQL and PostGIS from Debian's packages if missing, starts a throwaway cluster in a
# temporary folder on 127.0.0.1 (removed on exit), loads the boundaries, the layer, the atoms and the
# explicit polygon, and prints times, ratios project/PostGIS and the largest area differences.
# Usage: bench/postgis.sh [repeats, default 5]
# Environment: TERRITORYMAP_SHARED_DATA (default ../shared/data) for the high-resolution data.
set -euo pipefail
cd "$(dirname "$0")/.."
repeats=${1:-5}
shared=${TERRITORYMAP_SHARED_DATA:-../shared/data}

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 \
    || ! ls /usr/share/postgresql/*/extension/postgis.control >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends postgresql postgresql-postgis
fi
bin=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")

cluster=$(mktemp -d /tmp/territorymap-postgis.XXXXXX)
chown postgres "$cluster"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cleanup() {
  runuser -u postgres -- "$bin/pg_ctl" -D "$cluster/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$cluster"
}
trap cleanup EXIT
runuser -u postgres -- "$bin/initdb" -D "$cluster/data" -A trust -U postgres -E UTF8 >/dev/null
runuser -u postgres -- "$bin/pg_ctl" -D "$cluster/data" -l "$cluster/log" -w \
  -o "-p $port -k $cluster -c listen_addresses=127.0.0.1 -c shared_buffers=256MB -c fsync=off" start >/dev/null
"$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -q -c 'CREATE EXTENSION postgis' >/dev/null

./mvnw -B -q -Pjmh test-compile
./mvnw -B -q -Pjmh dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
java -Xmx2g -Dterritorymap.sharedData="$shared" \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  territorymap.bench.PostgisComparison "jdbc:postgresql://127.0.0.1:$port/postgres?user=postgres" "$repeats" \
  2> >(grep -v ' INFO ' >&2)
