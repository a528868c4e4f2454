#!/usr/bin/env bash
# Loading many dated control layers: time per layer and peak memory, on the shipped boundaries and
# on the high-resolution ones, measured in one run.
# The six shared DeepStateMap snapshots are linked under new dates until there are N files.
# Usage: bench/layers.sh [N, default 500]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-500}
shared=${TERRITORYMAP_SHARED_DATA:-../shared/data}
[ -d "$shared/control" ] || { echo "no $shared/control: set TERRITORYMAP_SHARED_DATA" >&2; exit 1; }
[ -f target/territory-map.jar ] || ./mvnw -B -q package -DskipTests
command -v /usr/bin/time >/dev/null || { apt-get update -q && apt-get install -y -q time; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mapfile -t snapshots < <(ls "$shared"/control/*.geojson)
mkdir -p "$work/none" "$work/many"
for i in $(seq 0 $((n - 1))); do
  date=$(date -u -d "2020-01-01 + $i days" +%F)
  ln -s "$(realpath "${snapshots[$((i % ${#snapshots[@]}))]}")" "$work/many/$date.geojson"
done

# One run: load everything, print the unit table, exit. GNU time gives wall time and peak RSS.
measure() { # label boundaries folder
  /usr/bin/time -f '%e %M' -o "$work/time" \
    java -Xmx2g -jar target/territory-map.jar regions --boundaries "$2" --control-dir "$3" \
    > /dev/null 2> "$work/log"
  read -r seconds kb < "$work/time"
  echo "$1 $seconds $kb"
}

printf '%-16s %8s %12s %14s %16s\n' boundaries layers "seconds" "s per layer" "peak RSS MiB"
for b in shipped:data/geojson/ukraine-oblasts.geojson high-res:$shared/boundaries/geoboundaries-ukr-adm1-land.geojson; do
  label=${b%%:*}; file=${b#*:}
  read -r _ s0 kb0 < <(measure "$label" "$file" "$work/none")
  read -r _ s1 kb1 < <(measure "$label" "$file" "$work/many")
  per=$(awk -v a="$s1" -v b="$s0" -v n="$n" 'BEGIN {printf "%.4f", (a - b) / n}')
  printf '%-16s %8s %12s %14s %16s\n' "$label" 1 "$s0" "-" "$((kb0 / 1024))"
  printf '%-16s %8s %12s %14s %16s\n' "$label" "$((n + 1))" "$s1" "$per" "$((kb1 / 1024))"
done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; JVM -Xmx2g; 1 layer = the shipped approximate one"
