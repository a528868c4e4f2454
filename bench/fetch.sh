#!/usr/bin/env bash
# Importing the whole daily archive with `fetch --source deepstate-archive`: time per layer (wall and
# CPU) and peak RSS under -Xmx2g, then the server started on the result (time until /health
# answers, peak RSS). CPU seconds (user + system) are less moved by other work on a shared machine.
# The archive is served by a local fixture (python3's http.server) and built from the six shared
# DeepStateMap snapshots under new dates, one per day from 2020-01-01, as bench/layers.sh does, in
# the shape of cyterat/deepstate-map-data's deepstate-map-data.geojson.gz.
# Usage: bench/fetch.sh [N, default 800]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-800}
shared=${TERRITORYMAP_SHARED_DATA:-../shared/data}
[ -d "$shared/control" ] || { echo "no $shared/control: set TERRITORYMAP_SHARED_DATA" >&2; exit 1; }
[ -f target/territory-map.jar ] || ./mvnw -B -q package -DskipTests
command -v /usr/bin/time >/dev/null || { apt-get update -q && apt-get install -y -q time; }

work=$(mktemp -d)
fixture=""
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null || true
  [ -n "$fixture" ] && kill "$fixture" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/www"

python3 - "$shared/control" "$n" "$work/www/deepstate-map-data.geojson.gz" <<'PY'
import datetime, glob, gzip, json, sys
files = sorted(glob.glob(sys.argv[1] + "/*.geojson"))
geometries = [json.load(open(f))["features"][0]["geometry"] for f in files]
n = int(sys.argv[2])
start = datetime.date(2020, 1, 1)
with gzip.open(sys.argv[3], "wt", encoding="utf-8") as out:
    out.write('{"type": "FeatureCollection", "features": [')
    for i in range(n):
        feature = {"id": str(i), "type": "Feature",
                   "properties": {"date": (start + datetime.timedelta(days=i)).isoformat()},
                   "geometry": geometries[i % len(geometries)]}
        out.write(("," if i else "") + json.dumps(feature))
    out.write("]}")
PY
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$work/www" >/dev/null 2>&1 &
fixture=$!
until curl -sf -o /dev/null "http://127.0.0.1:$port/deepstate-map-data.geojson.gz"; do sleep 0.2; done
size=$(du -k "$work/www/deepstate-map-data.geojson.gz" | cut -f1)

fetch() { # label folder extra-options...
  local label=$1 into=$2; shift 2
  /usr/bin/time -f '%e %M %U %S' -o "$work/time" java -Xmx2g -jar target/territory-map.jar fetch \
    --source deepstate-archive --source-url "http://127.0.0.1:$port" --into "$into" "$@" \
    > "$work/$label.out" 2> "$work/$label.err" || { cat "$work/$label.err" >&2; exit 1; }
  read -r seconds kb user sys < "$work/time"
  echo "$seconds $kb $(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f", u + s}')"
}

read -r s1 kb1 c1 < <(fetch one "$work/one" --until 2020-01-01)
read -r sn kbn cn < <(fetch all "$work/layers")
read -r s2 kb2 c2 < <(fetch again "$work/layers")
layers=$(ls "$work/layers" | grep -c -- '-deepstate\.geojson$')
per=$(awk -v a="$sn" -v b="$s1" -v n="$layers" 'BEGIN {printf "%.4f", (a - b) / (n - 1)}')
cpu=$(awk -v a="$cn" -v b="$c1" -v n="$layers" 'BEGIN {printf "%.4f", (a - b) / (n - 1)}')
whole=$(awk -v a="$sn" -v n="$layers" 'BEGIN {printf "%.4f", a / n}')

echo "archive: $n dates, ${size} KiB gzip'd, served on 127.0.0.1:$port"
printf '%-28s %8s %10s %10s %14s %14s\n' run layers seconds "CPU s" "s per layer" "peak RSS MiB"
printf '%-28s %8s %10s %10s %14s %14s\n' "fetch, 1 date (--until)" 1 "$s1" "$c1" - "$((kb1 / 1024))"
printf '%-28s %8s %10s %10s %14s %14s\n' "fetch, whole archive" "$layers" "$sn" "$cn" "$per" "$((kbn / 1024))"
printf '%-28s %8s %10s %10s %14s %14s\n' "fetch again (nothing new)" 0 "$s2" "$c2" - "$((kb2 / 1024))"
echo "per added layer: $per s wall, $cpu s CPU; whole run over $layers layers: $whole s wall"
grep -h "nothing new" "$work/again.out" || { echo "the second run was not 'nothing new'" >&2; exit 1; }

# The server on the result, on the shipped boundaries: time until /health answers, peak RSS then.
sport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
start=$(date +%s.%N)
java -Xmx2g -jar target/territory-map.jar --control-dir "$work/layers" --port "$sport" --store "$work/store" \
  > "$work/server.log" 2>&1 &
server=$!
until curl -sf -o /dev/null "http://127.0.0.1:$sport/health"; do
  kill -0 "$server" 2>/dev/null || { tail -20 "$work/server.log" >&2; echo "the server exited" >&2; exit 1; }
  sleep 0.5
done
ready=$(awk -v a="$(date +%s.%N)" -v b="$start" 'BEGIN {printf "%.1f", a - b}')
hwm=$(awk '/VmHWM/ {print int($2 / 1024)}' "/proc/$server/status")
served=$(curl -sf "http://127.0.0.1:$sport/layers" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(len(d) if isinstance(d, list) else len(d.get("layers", d)))')
printf '%-28s %8s %10s %10s %14s %14s\n' "server on the result" "$served" "$ready" - - "$hwm"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg); JVM -Xmx2g"
