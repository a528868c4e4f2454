// A proposal's terms as a list (one item per assignment of its definition, GET /proposals/{id}):
// the territory in words where it is simple, who holds it under what regime and recognition, the
// note, and which of the proposal's sources say it, as links. In the page's language where the
// definition has it (i18n.js text()).

import { t, tr, regionName, regimeName, recognitionName, text, plain, num, date } from './i18n.js';
import { html, fill } from './dom.js';
import { isHolder } from './vocabulary.js';

/** A holder's name from the API, as text: a known name translated, anything else as sent. */
export const partyName = (party) => (isHolder(party) ? t(party) : String(party));

/** A holder as nodes: a third party by its name where the terms give it. */
const holderName = (party, thirdParty) => (party === 'third-party' && thirdParty
  ? fill(tr('thirdPartyNamed'), { name: text(thirdParty) }) : partyName(party));

/**
 * A share's or term's terms as nodes: "Russia: recognised in law", and its regime where it has one.
 * party: the holder (as in reports and map features; a definition's `holder`).
 */
export function termsLabel({ party, thirdParty, regime, recognition }) {
  return html`<strong>${holderName(party, thirdParty)}</strong>: ${recognitionName(recognition)}${
    regime && regime !== 'none' ? `, ${regimeName(regime)}` : ''}`;
}

/**
 * A territory of a definition in words, or null where it is not simple enough to say (a drawn
 * polygon is "an area drawn on a map"; differences and intersections of simple parts are said too).
 *
 * @param regions region code → a region (name, nameUk)
 * @param places a named point's id → its name (a text)
 */
export function territoryWords(territory, regions, places) {
  const name = (code) => (regions.has(code) ? regionName(regions.get(code)) : code);
  const all = (list) => list.map((x) => territoryWords(x, regions, places));
  if (typeof territory === 'string') return regions.has(territory) ? name(territory) : null;
  if (!territory || typeof territory !== 'object') return null;
  const [kind] = Object.keys(territory);
  const value = territory[kind];
  switch (kind) {
    case 'region': return name(value);
    case 'occupied': return value === 'all' ? t('occupiedAll') : t('occupiedOf', { region: name(value) });
    case 'held': return value === 'all' ? t('heldAll') : t('heldOf', { region: name(value) });
    case 'polygon': return t('drawnArea');
    case 'band': {
      const band = t(`band-${value.into}`, { km: num(value.km, 1) });
      return value.regions && value.regions.length ? t('bandIn', { band, regions: value.regions.map(name).join(', ') }) : band;
    }
    case 'circle': {
      const place = value.place ? plain(places.get(value.place)) || value.place
        : `${num(value.lat, 3)}° N, ${num(value.lon, 3)}° E`;
      return t('circle', { km: num(value.km, 1), place });
    }
    case 'union': {
      const parts = all(value);
      return parts.every(Boolean) ? parts.join('; ') : null;
    }
    case 'difference': {
      const [from, ...minus] = all(value);
      return from && minus.every(Boolean) ? t('except', { a: from, b: minus.join('; ') }) : null;
    }
    case 'intersection': {
      const parts = all(value);
      return parts.every(Boolean) ? t('overlapOf', { a: parts.join('; ') }) : null;
    }
    default: return null;
  }
}

/** The sources a term cites, as links to them (publisher, and the date where two share one). */
function citedSources(ids, sources) {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const cited = (ids || []).map((id) => byId.get(id)).filter(Boolean);
  if (cited.length === 0) return html`<span class="no-source">${t('noSourceCited')}</span>`;
  const links = cited.map((s, i) => html`${i ? ', ' : ''}${s.url
    ? html`<a href="${s.url}" rel="noopener noreferrer" data-source="${s.id}">${s.publisher}</a>`
    : html`<span data-source="${s.id}">${s.publisher}</span>`} <span class="date">(${date(s.date)})</span>`);
  return html`${t('reportedBy')} ${links}`;
}

/**
 * The list of a definition's terms (version 2, as GET /proposals/{id} answers), and what becomes
 * of the territory none names.
 *
 * @param regions region code → a region, for their names
 */
export function termsList(definition, regions) {
  const places = new Map((definition.places || []).map((p) => [p.id, p.name]));
  const sources = (definition.sources || []).map((s, i) => ({ ...s, id: s.id || `s${i + 1}` }));
  const items = (definition.assignments || []).map((a, i) => {
    const words = territoryWords(a.territory, regions, places);
    return html`<li data-assignment="${i}"><span class="territory">${words || t('complexTerritory')}</span>:
      ${termsLabel({ party: a.holder, thirdParty: a.thirdParty, regime: a.regime, recognition: a.recognition })}${
      a.note ? html`. <span class="note">${text(a.note)}</span>` : ''}
      <span class="cited">${citedSources(a.sources, sources)}</span></li>`;
  });
  const rule = definition.unassigned || 'status-quo';
  return html`<h3>${t('termsHeading')}</h3><ol class="terms">${items}</ol>
    <p class="unassigned-rule">${t('unassigned')} ${t(`unassigned-${rule}`)}.</p>`;
}
