#!/usr/bin/env bash
# Reproduces the GSHHG-derived shore waypoints of the 15 August 2025 line of
# contact (the left bank of the Dnipro / former Kakhovka reservoir, and the
# south shore of the Dnipro-Buh estuary to the Kinburn spit) by the steps in
# data/SOURCES.md, section "The Dnipro, the estuary and the Kinburn spit",
# and compares them with the rows of the waypoint CSV.
#
#   scripts/extract-shore-points.sh [waypoints.csv]
#
# Default: data/control/waypoints-2025-08-15.csv
#
# Sources: GSHHG 2.3.7 full resolution (Debian package gmt-gshhg-full,
# LGPL-3.0-or-later) read with GMT (Debian package gmt); both are installed
# with apt-get if missing. Douglas-Peucker simplification with npm
# @turf/turf 7.4.0 (`simplify`, high quality), installed into a temp dir.
#
# Output (stdout): the extracted shore points as lat,lon (6 decimals), one per
# line in line order, in two blocks introduced by "# ..." comment lines (river,
# then estuary and spit); then the comparison: for each CSV row whose source
# names GSHHG, the distance in metres to the nearest extracted point, and the
# maximum. Exits 1 if that maximum exceeds 50 m (the CSV coordinates were
# rounded via reference-town distance/bearing, which moves a point by up to
# about 20 m).
#
# The six delta points (SOURCES.md step 2, rows main:170-175) were placed by
# hand; GSHHG has no delta channels. They are not reproduced here, only
# reported as skipped.
#
# Needs bash, node (>= 18), npm with access to the npm registry, and either
# gmt + gmt-gshhg-full installed or apt-get with root rights.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
csv="$(realpath -m "${1:-$root/data/control/waypoints-2025-08-15.csv}")"
[ -f "$csv" ] || { echo "waypoint file not found: $csv" >&2; exit 1; }

missing=()
for pkg in gmt gmt-gshhg-full; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
echo "# GMT $(gmt --version), gmt-gshhg-full $(dpkg-query -W -f='${Version}' gmt-gshhg-full)" >&2

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"

# Step 1: reservoir and river. Level-2 ("lake") shorelines; the Dnipro
# reservoirs and the lower river form one long polygon.
gmt coast -R31/36/45.5/48.5 -Df -W -M -A0/2/2 > river-raw.txt
gmt connect river-raw.txt -T0.0005 > river.txt
# Step 3: estuary and spit. Level-1 (land) shorelines.
gmt coast -R31.3/32.7/46.2/46.75 -Df -W -M -A0/1/1 > estuary-raw.txt
gmt connect estuary-raw.txt -T0.0005 > estuary.txt

cat > package.json <<'JSON'
{ "name": "extract-shore-points", "version": "1.0.0", "private": true }
JSON
npm install --no-audit --no-fund --ignore-scripts --save-exact --loglevel=error \
  @turf/turf@7.4.0 >/dev/null

cat > extract.js <<'JS'
'use strict';
const fs = require('fs');
const turf = require('@turf/turf');

// ---- Editorial choices (as documented in data/SOURCES.md) ----------------
// Points are [lon, lat]. Each is matched to the nearest GSHHG vertex, which
// must lie within SNAP_M metres.
const SNAP_M = 50;
const RIVER_START = [35.323, 47.515];   // where the front meets the left shore at Kamianske
const RIVER_END = [32.850, 46.691];     // floodplain west of Pidstepne
// The four drained side inlets of the former reservoir are cut straight across
// their mouths (their beds are on the Russian-held side). This is the
// project's editorial choice, not a GSHHG property: each cut replaces the
// shore between its two end vertices by a straight segment.
const RIVER_CUTS = [
  { name: 'Vasylivka inlet',               from: [35.32027, 47.49999], to: [35.26528, 47.43778] },
  { name: 'Bilozerka/Rohachyk arms',       from: [34.02777, 47.38944], to: [34.02499, 47.30306] },
  { name: 'inlet near Kairy (east)',       from: [33.76306, 46.92250], to: [33.64361, 46.87167] },
  { name: 'inlet near Kairy (west)',       from: [33.64361, 46.87167], to: [33.64056, 46.84083] },
];
const ESTUARY_START = [32.445, 46.4879]; // south shore where the delta meets the estuary (32.445 E)
const ESTUARY_END = [31.509, 46.579];    // western tip of the Kinburn spit
const BIN_DEG = 0.005;                   // per-bin northernmost filter (steps over small lagoons)
const TOLERANCE = 0.004;                 // Douglas-Peucker tolerance, degrees
// ----------------------------------------------------------------------------

function readSegments(file) {
  const segs = []; let cur = null;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    if (line[0] === '>') { cur = []; segs.push(cur); continue; }
    if (line[0] === '#') continue;
    const [x, y] = line.trim().split(/\s+/).map(Number);
    cur.push([x, y]);
  }
  return segs;
}
const metres = (a, b) => turf.distance(turf.point(a), turf.point(b), { units: 'meters' });
function nearestVertex(line, pt, what) {
  let bi = -1, bd = Infinity;
  line.forEach((p, i) => { const d = metres(p, pt); if (d < bd) { bd = d; bi = i; } });
  if (bd > SNAP_M) throw new Error(`${what}: nearest GSHHG vertex is ${bd.toFixed(0)} m away`);
  return bi;
}
// The polygon (one connected segment) that has vertices near both ends.
function pathBetween(segs, a, b, what) {
  for (const seg of segs.slice().sort((s, t) => t.length - s.length)) {
    let i, j;
    try { i = nearestVertex(seg, a, what + ' start'); j = nearestVertex(seg, b, what + ' end'); }
    catch (e) { continue; }
    return i <= j ? seg.slice(i, j + 1) : seg.slice(j, i + 1).reverse();
  }
  throw new Error(`${what}: no GSHHG segment contains both end points`);
}
const simplify = (coords) =>
  turf.simplify(turf.lineString(coords), { tolerance: TOLERANCE, highQuality: true }).geometry.coordinates;

// Step 1: river
let river = pathBetween(readSegments('river.txt'), RIVER_START, RIVER_END, 'river');
for (const cut of RIVER_CUTS) {
  const i = nearestVertex(river, cut.from, cut.name + ' (from)');
  const j = nearestVertex(river, cut.to, cut.name + ' (to)');
  if (j <= i) throw new Error(`${cut.name}: cut end points out of line order`);
  river = river.slice(0, i + 1).concat(river.slice(j));
}
const riverPts = simplify(river);

// Step 3: estuary and spit
const shore = pathBetween(readSegments('estuary.txt'), ESTUARY_START, ESTUARY_END, 'estuary');
// The two end points are always kept; their longitude bins contribute nothing else.
const binOf = (p) => Math.floor(p[0] / BIN_DEG);
const last = shore.length - 1;
const bins = new Map([[binOf(shore[0]), { p: shore[0], k: 0 }], [binOf(shore[last]), { p: shore[last], k: last }]]);
const fixed = new Set(bins.keys());
shore.forEach((p, k) => {
  const b = binOf(p);
  if (fixed.has(b)) return;
  const best = bins.get(b);
  if (!best || p[1] > best.p[1]) bins.set(b, { p, k });
});
const filtered = [...bins.values()].sort((u, v) => u.k - v.k).map((e) => e.p);
const estuaryPts = simplify(filtered);

const fmt = (p) => `${p[1].toFixed(6)},${p[0].toFixed(6)}`;
const out = [];
out.push('# step 1: left shore of the Dnipro / former Kakhovka reservoir, Kamianske -> west of Pidstepne');
riverPts.forEach((p) => out.push(fmt(p)));
out.push('# step 2: delta points between Pidstepne and the estuary are hand-placed (GSHHG has no delta channels): not reproduced, skipped');
out.push('# step 3: south shore of the Dnipro-Buh estuary, 32.445 E -> Kinburn spit tip');
estuaryPts.forEach((p) => out.push(fmt(p)));

// Comparison with the CSV rows whose source names GSHHG
function parseCsv(text) {
  const rows = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line) continue;
    const f = []; let cur = '', q = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (q) { if (c === '"') { if (line[i + 1] === '"') { cur += '"'; i++; } else q = false; } else cur += c; }
      else if (c === '"') q = true; else if (c === ',') { f.push(cur); cur = ''; } else cur += c;
    }
    f.push(cur); rows.push(f);
  }
  const head = rows.shift();
  return rows.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
}
const rows = parseCsv(fs.readFileSync(process.argv[2], 'utf8'));
const all = riverPts.concat(estuaryPts);
const gshhgRows = rows.filter((r) => /GSHHG/.test(r.source));
const skipped = rows.filter((r) => /Dnipro delta|floodplain south edge/i.test(r.source + ' ' + r.name) && !/GSHHG/.test(r.source));
out.push('# comparison: CSV row, CSV lat,lon, distance (m) to the nearest extracted point');
let max = 0, maxSeq = '';
for (const r of gshhgRows) {
  const pt = [Number(r.lon), Number(r.lat)];
  let d = Infinity;
  for (const p of all) d = Math.min(d, metres(pt, p));
  if (d > max) { max = d; maxSeq = r.seq; }
  out.push(`${r.seq},${r.lat},${r.lon},${d.toFixed(1)}`);
}
out.push(`# hand-placed delta rows, skipped: ${skipped.map((r) => r.seq).join(' ')}`);
out.push(`# ${gshhgRows.length} GSHHG rows, ${all.length} extracted points; max distance ${max.toFixed(1)} m (${maxSeq})`);
console.log(out.join('\n'));
if (max > 50) { console.error(`max distance ${max.toFixed(1)} m exceeds 50 m`); process.exit(1); }
JS

node extract.js "$csv"
