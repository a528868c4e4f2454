// Credits as links: a control layer's source, the boundaries' outline, the places' gazetteer, the
// project's own sources.

import { html, fill } from './dom.js';
import { t, tr } from './i18n.js';

/** The project's sources and licences, served by the service (data/SOURCES.md). */
export const SOURCES_PATH = '/sources';

/**
 * A control layer's source as nodes: DeepStateMap by name and link (its files are named after it),
 * the project's own approximation with its sources at /sources, anything else as text.
 */
export function sourceCredit(source) {
  if (/deep\s*state/i.test(source)) {
    return html`<a href="https://deepstatemap.live/" rel="noopener">DeepStateMap</a>`;
  }
  const own = /(?:see )?data\/SOURCES\.md/;
  if (own.test(source)) {
    const [before, after] = source.split(own);
    return html`<span lang="en">${before.replace(/[;,]\s*$/, '')}</span>; <a href="${SOURCES_PATH}">${t('ourSources')}</a>${after}`;
  }
  return html`<span lang="en">${source}</span>`;
}

/**
 * The credit of the boundaries on the maps: their coast and border are OpenStreetMap's (ODbL 1.0,
 * data/SOURCES.md), whose licence asks for "© OpenStreetMap contributors" on the map, linked to its
 * copyright page.
 */
export function boundariesCredit() {
  return html`${t('boundariesCredit')}: <a href="https://www.openstreetmap.org/copyright" rel="noopener"
    lang="en">© OpenStreetMap contributors</a> (ODbL)`;
}

/** The credit of the places on the maps: GeoNames, CC BY 4.0, both linked. */
export function placesCredit() {
  return html`${t('placesCredit')}: <a href="https://www.geonames.org/" rel="noopener">GeoNames</a>
    (<a href="https://creativecommons.org/licenses/by/4.0/" rel="noopener">CC BY 4.0</a>)`;
}

/** "Front line of {date} ({source})" with the source as a link where it has one. */
export function layerCredit(key, layer, dateText) {
  return fill(tr(key), { date: dateText, source: sourceCredit(layer.source) });
}
