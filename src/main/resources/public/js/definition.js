// The definition a draft makes (the JSON of seeds/proposals/*.json), and for each of its
// assignments the control it came from, so that a problem the server names by its JSON path
// ("assignments[2].territory") is shown next to that control.

import { t } from './i18n.js';
import { isProposalId } from './vocabulary.js';
import { slug, today } from './draft.js';

/** The bounds of GeoJSON coordinates (any depth): [west, south, east, north], degrees. */
function bbox(coordinates) {
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  const walk = (c) => {
    if (typeof c[0] === 'number') {
      box[0] = Math.min(box[0], c[0]); box[1] = Math.min(box[1], c[1]);
      box[2] = Math.max(box[2], c[0]); box[3] = Math.max(box[3], c[1]);
    } else c.forEach(walk);
  };
  walk(coordinates);
  return box;
}

const overlaps = (a, b) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/** Each region's bounds, by code, from its display geometry (GET /regions.geojson). */
export function regionBoxes(features) {
  return new Map(features.features.map((f) => [f.id, bbox(f.geometry.coordinates)]));
}

/**
 * The definition a draft makes, and fields: for each assignment, the control it came from,
 * 'region:UA-14' or 'area:0'. Drawn areas take precedence: they are cut out of the region terms
 * whose bounds they touch.
 *
 * @param draft see draft.js
 * @param regions GET /regions, in the order the terms are written
 * @param boxes regionBoxes(…)
 * @param layer the date of the control layer the terms refer to
 * @param forPreview fill in what the figures do not depend on (a title, a summary, an id the
 *     server accepts) and leave the sources out, so that a draft without its words is previewed
 */
export function definitionOf(draft, { regions, boxes, layer }, forPreview = false) {
  const fields = [];
  const assignments = [];
  const polygons = draft.areas.map((a) => ({ polygon: a.polygon, box: bbox(a.polygon.coordinates) }));
  const cut = (territory, code) => {
    const inside = polygons.filter((p) => overlaps(p.box, boxes.get(code) || p.box)).map((p) => ({ polygon: p.polygon }));
    return inside.length ? { difference: [territory, ...inside] } : territory;
  };
  const term = (territory, code, party, status) => {
    assignments.push({ territory: cut(territory, code), party, status });
    fields.push(`region:${code}`);
  };
  for (const { code } of regions) {
    const x = draft.terms[code];
    if (!x) continue;
    if (x.scope === 'whole' || (x.scope === 'parts' && x.party === x.party2 && x.status === x.status2)) {
      term(code, code, x.party, x.status);
    } else if (x.scope === 'occupied' || x.scope === 'held') {
      term({ [x.scope]: code }, code, x.party, x.status);
    } else if (x.scope === 'parts') {
      term({ occupied: code }, code, x.party, x.status);
      term({ held: code }, code, x.party2, x.status2);
    }
  }
  draft.areas.forEach((a, i) => {
    const assignment = { territory: { polygon: a.polygon }, party: a.party, status: a.status };
    if (a.note && a.note.trim()) assignment.note = a.note.trim();
    assignments.push(assignment);
    fields.push(`area:${i}`);
  });
  const title = draft.title.trim();
  const definition = {
    id: draft.id || slug(title, draft.tag),
    title: title || (forPreview ? t('untitled') : ''),
    date: draft.date || today(),
    summary: draft.summary.trim() || (forPreview ? '—' : ''),
    sources: draft.sources.map((s) => ({ publisher: s.publisher.trim(), title: s.title.trim(), date: s.date, url: s.url.trim() || null })),
    layer,
    unassigned: draft.unassigned,
    assignments,
  };
  if (forPreview) {
    if (!isProposalId(definition.id)) definition.id = 'preview';
    definition.sources = [];
  }
  return { definition, fields };
}
