// The definition a draft makes (version 2 of the definition language, docs/definition-language.md:
// the JSON of seeds/proposals/*.json), and for each of its assignments the control it came from,
// so that a problem the server names by its JSON path ("assignments[2].territory") is shown next
// to that control. A stored definition is read back into a draft; one in version 1 too.

import { t, textIn } from './i18n.js';
import { isProposalId } from './vocabulary.js';
import { slug, today, upgradeTerms } from './draft.js';

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
  // A text the user wrote, in the language of the draft, beside what a stored definition had in the other.
  const own = (value, kept) => ({ ...(kept || {}), [draft.textLang || 'en']: value });
  // Holder, regime (left out where none) and recognition of a pair of the form; suffix '2' for a region's held part.
  // The source ids the definition will have: those a stored definition had, new ones numbered anew.
  const sourceIds = [];
  const sources = draft.sources.map((s) => {
    let id = s.id;
    if (!id) for (let n = 1; !id; n++) if (!draft.sources.some((o) => o.id === `s${n}`) && !sourceIds.includes(`s${n}`)) id = `s${n}`;
    sourceIds.push(id);
    return { id, publisher: s.publisher.trim(), title: s.title.trim(), date: s.date, url: s.url.trim() || null };
  });
  // What the form does not show of a stored term (its note in both languages, the sources it cites),
  // written back as it was: an edit never loses them.
  const keep = (out, kept) => {
    if (!kept) return out;
    if (kept.note && !out.note) out.note = kept.note;
    const cited = (kept.sources || []).filter((id) => sourceIds.includes(id));
    if (cited.length && !forPreview) out.sources = cited;
    return out;
  };
  const terms = (x, suffix = '') => {
    const out = { holder: x[`holder${suffix}`] };
    const name = (x[`thirdParty${suffix}`] || '').trim();
    const kept = x[`kept${suffix}`];
    if (out.holder === 'third-party') out.thirdParty = own(name || (forPreview ? t('third-party') : ''), kept?.thirdParty);
    if (x[`regime${suffix}`] && x[`regime${suffix}`] !== 'none') out.regime = x[`regime${suffix}`];
    out.recognition = x[`recognition${suffix}`];
    return out;
  };
  const same = (x) => ['holder', 'regime', 'recognition', 'thirdParty'].every((k) => (x[k] || '') === (x[`${k}2`] || ''));
  const term = (territory, code, x, suffix = '') => {
    assignments.push(keep({ territory: cut(territory, code), ...terms(x, suffix) }, x[`kept${suffix}`]));
    fields.push(`region:${code}`);
  };
  for (const { code } of regions) {
    const x = draft.terms[code];
    if (!x) continue;
    if (x.scope === 'whole' || (x.scope === 'parts' && same(x))) {
      term(code, code, x);
    } else if (x.scope === 'occupied' || x.scope === 'held') {
      term({ [x.scope]: code }, code, x);
    } else if (x.scope === 'parts') {
      term({ occupied: code }, code, x);
      term({ held: code }, code, x, '2');
    }
  }
  draft.areas.forEach((a, i) => {
    const assignment = { territory: { polygon: a.polygon }, ...terms(a) };
    if (a.note && a.note.trim()) assignment.note = own(a.note.trim(), a.kept?.note);
    assignments.push(keep(assignment, a.kept));
    fields.push(`area:${i}`);
  });
  const title = draft.title.trim();
  const kept = draft.kept || {};
  const definition = {
    version: 2,
    id: draft.id || slug(title, draft.tag),
    title: own(title || (forPreview ? t('untitled') : ''), kept.title),
    date: draft.date || today(),
    summary: own(draft.summary.trim() || (forPreview ? '—' : ''), kept.summary),
    sources,
    ...(kept.places ? { places: kept.places } : {}),
    ...(kept.variantOf ? { variantOf: kept.variantOf, variant: kept.variant } : {}),
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

/**
 * The draft a stored definition makes back, for editing it: the inverse of definitionOf for the
 * terms it writes (a region whole, its occupied or held part, both parts, drawn polygons cut out of
 * region terms). A definition with other terms (unions, buffers, "all", …) cannot be shown in the
 * form: answers null, and the caller says so.
 *
 * @param codes the region codes there are
 */
export function draftOf(definition, codes, base) {
  const known = new Set(codes);
  // The texts are edited in the page's language where the title has it, else in the one it has.
  const titleText = typeof definition.title === 'string' ? { en: definition.title } : (definition.title || {});
  const textLang = textIn(titleText)?.lang || base.textLang;
  const inLang = (value) => {
    if (typeof value === 'string') return textLang === 'en' ? value : '';
    return (value && value[textLang]) || '';
  };
  const asText = (value) => (typeof value === 'string' ? { en: value } : value || null);
  // A version-1 term ({ party, status }) in version 2's words.
  const termsOf = (a) => {
    const x = a.holder ? a : { ...a, ...upgradeTerms(a) };
    return { holder: x.holder, regime: x.regime || 'none', recognition: x.recognition, thirdParty: inLang(x.thirdParty) };
  };
  // What the form does not show of a term, kept to be written back (definitionOf's keep).
  const keptOf = (a) => ({ note: asText(a.note), sources: a.sources || [], thirdParty: asText(a.thirdParty) });
  const terms = {};
  const areas = [];
  const regionOf = (territory) => {
    if (typeof territory === 'string' && known.has(territory)) return { scope: 'whole', code: territory };
    if (territory && typeof territory === 'object') {
      const keys = Object.keys(territory);
      if (keys.length === 1 && (keys[0] === 'occupied' || keys[0] === 'held') && known.has(territory[keys[0]])) {
        return { scope: keys[0], code: territory[keys[0]] };
      }
      // definitionOf cuts drawn areas out of the region terms they touch: the areas are listed on their own too.
      if (keys.length === 1 && keys[0] === 'difference' && Array.isArray(territory.difference)
        && territory.difference.slice(1).every((t) => t && t.polygon)) return regionOf(territory.difference[0]);
    }
    return null;
  };
  for (const a of definition.assignments || []) {
    const territory = a.territory;
    if (territory && typeof territory === 'object' && Object.keys(territory).length === 1 && territory.polygon) {
      areas.push({ polygon: territory.polygon, ...termsOf(a), note: inLang(a.note), kept: keptOf(a) });
      continue;
    }
    const region = regionOf(territory);
    if (!region) return null;
    const old = terms[region.code];
    const x = termsOf(a);
    if (!old) {
      terms[region.code] = { scope: region.scope, ...x, kept: keptOf(a) };
    } else if (old.scope === 'occupied' && region.scope === 'held') {
      terms[region.code] = {
        ...old, scope: 'parts', holder2: x.holder, regime2: x.regime, recognition2: x.recognition, thirdParty2: x.thirdParty,
        kept2: keptOf(a),
      };
    } else {
      return null;
    }
  }
  return {
    ...base,
    id: definition.id,
    textLang,
    kept: {
      title: asText(definition.title),
      summary: asText(definition.summary),
      places: definition.places,
      variantOf: definition.variantOf,
      variant: definition.variant,
    },
    title: inLang(definition.title),
    date: definition.date || base.date,
    summary: inLang(definition.summary),
    unassigned: definition.unassigned || base.unassigned,
    sources: (definition.sources || []).map((s, i) => ({
      id: s.id || `s${i + 1}`, publisher: s.publisher || '', title: s.title || '', date: s.date || '', url: s.url || '',
    })),
    terms,
    areas,
  };
}
