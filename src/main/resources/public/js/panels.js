// The figures beside the map: every number is one the API sent, only formatted here. Built with
// dom.js's html``, so titles, summaries, notes and sources from the API are inserted as text, in
// the page's language where the proposal has it (i18n.js text()).

import {
  t, tr, km2, pct, percentSign, unitKm2, date, regionName, regimeName, text, plain, persons, count, lang,
} from './i18n.js';
import { shareFill, transferFill, regimeFill, swatch, partyColor, LINE, POINT } from './maps.js';
import { layerCredit } from './credits.js';
import { ageText } from './line-choice.js';
import { withLayer, proposalPath } from './api.js';
import { html, fill } from './dom.js';
import { holders, regimes } from './vocabulary.js';
import { partyName, termsLabel, termsList } from './terms.js';

export const LETTERS = ['A', 'B', 'C'];

/** A figure's km² and % of Ukraine on the chosen basis. */
function pick(figure, basis) {
  return basis === 'geodesic' ? [figure.km2, figure.percent] : [figure.officialKm2, figure.officialPercent];
}

export function amount(figure, basis, signed = false) {
  const [k, p] = pick(figure, basis);
  return html`<span class="km2">${km2(k, signed)}</span><span class="unit">\u00a0${unitKm2()}</span>
    <span class="pct-wrap">(<span class="pct">${pct(p, signed)}</span>${percentSign()})</span>`;
}

/**
 * The pre-war population, estimate, of a piece of territory, next to its km² (from the report's
 * `people`; nothing where a report has none, as a preview).
 */
export function peopleOf(estimate, signed = false) {
  return estimate === undefined || estimate === null ? '' : html`<span class="people"><span class="persons">${persons(estimate.persons ?? estimate, signed)}</span>
    ${t('people')}</span>`;
}

/** A place's name in the page's language where the project has it, else romanised and marked English. */
const placeName = (place) => (lang() === 'uk' && place.nameUk ? place.nameUk : html`<span lang="en">${place.name}</span>`);

/** The largest settlements a proposal moves from one holder to another, with their population. */
export function settlements(people) {
  if (!people) return '';
  const moved = people.settlementsChangingHands;
  if (moved.count === 0) return html`<h3>${t('settlements')}</h3><p class="no-settlements">${t('noSettlements')}</p>`;
  const items = moved.largest.map((s) => html`<li data-geonames="${s.geonamesId}"><span class="place-name">${placeName(s)}</span>:
    <span class="population">${count(s.population)}</span> · ${t('settlementMove', { from: partyName(s.from), to: partyName(s.to) })}</li>`);
  return html`<section class="settlements"><h3>${t('settlements')}</h3>
    <p>${t('settlementsCount', { count: count(moved.count), persons: persons(moved.persons) })}</p>
    <ol class="settlements">${items}</ol></section>`;
}

const peopleNote = (report) => (report.people ? html`<p class="people-note">${t('peopleNote')}</p>` : '');

/** An area alone; exact (exact = true) for figures that do not depend on the front line. */
const areaOnly = (figure, basis, signed = false, exact = false) =>
  html`<span class="km2">${exact ? km2(pick(figure, basis)[0], signed, false) : km2(pick(figure, basis)[0], signed)}</span>`;

/** Holders to show: Russia and Ukraine always, the others where any report gives them territory. */
function partiesShown(reports) {
  return holders().filter((p) => p === 'russia' || p === 'ukraine' || reports.some((r) => r.parties[p]?.km2 > 0));
}

const partySwatch = (party) => swatch(shareFill(party, party === 'ukraine' ? 'not-mentioned' : 'in-law'));
/** A proposal's title in the page's language (or marked as in the other). */
const titleOf = (proposal) => text(proposal.title);

export function layerLine(layer) {
  return html`<p class="layer-line">${layerCredit('layerInfo', layer, date(layer.date))},
    <span class="line-age">${ageText(layer.date)}</span>${layer.approximate
    ? html` <strong class="approx-badge">⚠ ${t('approximate')}</strong>` : ''}</p>${layer.approximate
    ? html`<p class="approx-note">${t('approximateLong')}</p>` : ''}`;
}

export function basisNote(report, basis) {
  const total = basis === 'geodesic' ? report.total.km2 : report.total.officialKm2;
  // Ukraine's total does not depend on the line: never rounded as approximate.
  return html`<p class="basis-note">${t(basis === 'geodesic' ? 'basisGeodesic' : 'basisOfficial', { total: km2(total, false, false) })}</p>${
    report.layer.approximate ? html`<p class="rounded-note">${t('roundedNote')}</p>` : ''}`;
}

const capitalised = (words) => words.charAt(0).toUpperCase() + words.slice(1);

export function headline(report, basis) {
  // Regimes other than none, where the proposal has any: whoever holds the territory.
  const special = regimes().filter((r) => r !== 'none' && report.regimes?.[r]?.km2 > 0);
  return html`<h3>${t('whoGetsWhat')}</h3><dl class="headline">${partiesShown([report]).map((p) =>
    html`<div data-party="${p}"><dt>${partySwatch(p)} ${t(p)}</dt><dd>${amount(report.parties[p], basis)}
      <span class="of">${t('ofUkraine')}</span>${peopleOf(report.people?.parties[p])}</dd></div>`)}${special.map((r) =>
    html`<div data-regime="${r}"><dt>${swatch(regimeFill(r))} ${capitalised(regimeName(r))}</dt>
      <dd>${amount(report.regimes[r], basis)} <span class="of">${t('ofUkraine')}</span></dd></div>`)}</dl>`;
}

const CHANGES = ['cededByUkraine', 'returnedByRussia', 'netForUkraine'];

export function change(report, basis) {
  return html`<h3>${t('against', { date: date(report.layer.date) })}</h3><dl class="change">${CHANGES.map((c) =>
    html`<div data-change="${c}"><dt>${t(c)}</dt><dd>${amount(report.change[c], basis, c === 'netForUkraine')}${
      peopleOf(report.people?.change[c], c === 'netForUkraine')}</dd></div>`)}</dl>`;
}

/** The key of the points a proposal names, where it names any. */
function pointsKey(definitions) {
  if (!definitions.some((d) => d && d.places && d.places.length)) return '';
  return html`<li class="legend-points"><svg class="swatch" width="26" height="16" aria-hidden="true" focusable="false">
    <circle cx="13" cy="8" r="4.5" fill="${POINT}" stroke="#fff" stroke-width="2"/></svg><span>${t('namedPoints')}</span></li>`;
}

/**
 * The key of the rings marking settlements changing hands, where any report has some: the ring in
 * the colour of the side they go to where all go to one, else in ink.
 */
function settlementsKey(reports) {
  const takers = new Set(reports.flatMap((r) => r?.people?.settlementsChangingHands.largest.map((s) => s.to) || []));
  if (takers.size === 0) return '';
  const color = takers.size === 1 ? partyColor([...takers][0]) : LINE.color;
  return html`<li class="legend-settlements"><svg class="swatch" width="26" height="16" aria-hidden="true" focusable="false">
    <circle cx="13" cy="8" r="5" fill="#fff" stroke="${color}" stroke-width="2.5"/></svg><span>${t('settlementsKey')}</span></li>`;
}

/** The legend: each share of the proposal with its area and note, then the base map. */
function legend(report, features, basis, definition) {
  const items = features.features.map((f) => {
    const { party, regime, recognition, note } = f.properties;
    const area = basis === 'geodesic' ? f.properties.km2 : f.properties.officialKm2;
    return html`<li>${swatch(shareFill(party, recognition, regime))}<span>${termsLabel(f.properties)}
      · <span class="km2">${km2(area)}</span>\u00a0${unitKm2()}${note
      ? html` <span class="note">${text(note)}</span>` : ''}</span></li>`;
  });
  return html`<section class="legend-block"><h3>${t('legend')}</h3><ul class="legend">${items}${pointsKey([definition])}${
    settlementsKey([report])}${baseLegend()}</ul></section>`;
}

/** A legend key for a line: the line of contact as the maps draw it. */
function lineKey() {
  return html`<svg class="swatch" width="26" height="16" aria-hidden="true" focusable="false">
    <path d="M1 11 C 8 3, 16 14, 25 5" fill="none" stroke="${LINE.casing}" stroke-width="${LINE.casingWeight}"/>
    <path d="M1 11 C 8 3, 16 14, 25 5" fill="none" stroke="${LINE.color}" stroke-width="${LINE.weight}"/></svg>`;
}

function baseLegend() {
  return html`<li class="legend-line">${lineKey()}<span>${t('contactLine')}</span></li>
    <li class="legend-places"><svg class="swatch" width="26" height="16" aria-hidden="true" focusable="false">
    <circle cx="13" cy="8" r="3" fill="#1b1d21" stroke="#fff" stroke-width="1.5"/></svg><span>${t('placesKey')}</span></li>
    <li>${swatch('none')}<span>${t('borders')}</span></li>
    <li>${swatch('none', { width: 2, dash: '5 4' })}<span>${t('crimea')}</span></li>`;
}

function regionButton(region) {
  return html`<button type="button" class="region-button" data-region="${region.code}">${regionName(region)}</button>`;
}

function regionTable(report, basis) {
  const parties = partiesShown([report]);
  const rows = report.regions.map((r) => html`<tr data-region="${r.code}"><th scope="row">${regionButton(r)}</th>${
    parties.map((p) => html`<td data-party="${p}">${areaOnly(r.parties[p], basis)}</td>`)}</tr>`);
  return html`<h3>${t('byRegion')}</h3><p class="hint">${t('hint')}</p><div class="table-wrap"><table class="regions">
    <thead><tr><th scope="col">${t('region')}</th>${parties.map((p) => html`<th scope="col">${t(p)}</th>`)}</tr></thead>
    <tbody>${rows}</tbody><tfoot><tr data-region="total"><th scope="row">${t('total')}</th>${
    parties.map((p) => html`<td data-party="${p}">${areaOnly(report.parties[p], basis)}</td>`)}</tr></tfoot></table></div>`;
}

/** The language a source's own words are in, for a screen reader: Ukrainian if in Cyrillic. */
const sourceLang = (words) => (/[\u0400-\u04ff]/.test(words || '') ? 'uk' : 'en');

/** A source: publisher and title (a link to it) in their own language, and the date in the page's. */
function sourceItem(s) {
  return html`<li data-source="${s.id || ''}"><span lang="${sourceLang(`${s.publisher} ${s.title}`)}"><strong>${s.publisher}</strong>: ${s.url
    ? html`<a href="${s.url}" rel="noopener noreferrer">${s.title}</a>` : s.title}</span>
    <span class="date">(${date(s.date)})</span></li>`;
}

function sources(proposal) {
  const items = (proposal.sources || []).map(sourceItem);
  return html`<p class="summary">${text(proposal.summary)}</p>${items.length
    ? html`<h4>${t('sources')}</h4><ul class="sources">${items}</ul>` : ''}`;
}

/** An image's URL in the page's language and on its basis (what the server draws by default: English, official). */
function imageLook(path, basis) {
  const params = [];
  if (lang() === 'uk') params.push('lang=uk');
  if (basis === 'geodesic') params.push('basis=geodesic');
  return params.length ? `${path}${path.includes('?') ? '&' : '?'}${params.join('&')}` : path;
}

function exportLinks(proposal, layer, i, basis) {
  const base = proposalPath(proposal.id);
  const prefix = () => (i === undefined ? '' : html`${badge(i)} `);
  return html`<li>${prefix()}<a href="${withLayer(`${base}/geojson`, layer)}" download="${proposal.id}.geojson"
    type="application/geo+json">${t('geojson')}</a></li>
    <li>${prefix()}<a href="${withLayer(`${base}/area.csv`, layer)}" download="${proposal.id}.csv"
    type="text/csv">${t('csv')}</a></li>
    <li>${prefix()}<a href="${imageLook(withLayer(`${base}/map.png`, layer), basis)}" download="${proposal.id}.png"
    type="image/png">${t('png')}</a>, <a href="${imageLook(withLayer(`${base}/map.svg`, layer), basis)}" download="${proposal.id}.svg"
    type="image/svg+xml">${t('svg')}</a></li>`;
}

/** The comparison's own map image, PNG and SVG, and its figures side by side as CSV. */
function compareImageLinks(proposals, layer, basis) {
  const ids = proposals.map((p) => encodeURIComponent(p.id)).join(',');
  const name = proposals.map((p) => p.id).join('-vs-');
  const badges = proposals.map((p, i) => badge(i));
  return html`<li>${badges} <a href="${withLayer(`/compare/area.csv?ids=${ids}`, layer)}" download="${name}.csv"
    type="text/csv">${t('csv')}</a></li>
    <li>${badges} <a href="${imageLook(withLayer(`/compare/map.png?ids=${ids}`, layer), basis)}"
    download="${name}.png" type="image/png">${t('png')}</a>, <a href="${imageLook(withLayer(`/compare/map.svg?ids=${ids}`, layer), basis)}"
    download="${name}.svg" type="image/svg+xml">${t('svg')}</a></li>`;
}

const escapeAttr = (text) => String(text).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The iframe snippet of the view a page URL shows: /embed with its proposals, layer, basis and
 * language (the embed draws the server's map image, as oEmbed's answer does), 640×400 like /oembed's.
 */
export function embedSnippet(href, title) {
  const url = new URL(href);
  const q = new URLSearchParams();
  for (const key of ['p', 'layer', 'basis', 'lang']) if (url.searchParams.get(key)) q.set(key, url.searchParams.get(key));
  const src = `${url.origin}/embed?${q.toString().replace(/%2C/g, ',')}`;
  return `<iframe src="${escapeAttr(src)}" width="640" height="400" title="${escapeAttr(title)}" `
    + 'style="border:0;max-width:100%" loading="lazy"></iframe>';
}

function exportsBlock(links, title) {
  const block = html`<h3>${t('exports')}</h3><ul class="exports">${links}</ul><p class="actions">
    <button type="button" data-action="print">${t('print')}</button>
    <a class="permalink" href="${location.href}">${t('permalink')}</a></p>
    <details class="embed-code"><summary>${t('embed')}</summary>
    <label>${t('embedHelp')} <textarea class="embed-snippet" readonly rows="4" data-title="${title}"></textarea></label></details>`;
  // A textarea's text is its value, set here (dom.js fills no textarea).
  block.querySelector('.embed-snippet').value = embedSnippet(location.href, title);
  return block;
}

/**
 * The panel for one proposal; definition (GET /proposals/{id}) for its terms, null if it could
 * not be read; regions: code → region, for their names.
 */
export function singlePanel({ proposal, report, features, basis, layer, definition, regions }) {
  return html`<h2 class="proposal-title">${titleOf(proposal)}</h2>
    <p class="proposal-date">${date(proposal.date)}</p>${layerLine(report.layer)}
    <section id="headline" class="figures">${headline(report, basis)}${change(report, basis)}${basisNote(report, basis)}${
    peopleNote(report)}</section>${settlements(report.people)}
    ${legend(report, features, basis, definition)}${definition ? termsList(definition, regions) : ''}${regionTable(report, basis)}
    <h3>${t('about')}</h3>${sources(proposal)}${exportsBlock(exportLinks(proposal, layer, undefined, basis), plain(proposal.title))}
    ${proposal.seeded === false ? html`<p class="actions"><button type="button" data-action="edit-stored" data-id="${proposal.id}">${t('editProposal')}</button></p>` : ''}`;
}

export const badge = (i) => html`<span class="badge badge-${i}">${LETTERS[i]}</span>`;
const colLabel = (i, proposal) => html`<span class="visually-hidden">${titleOf(proposal)}</span>${badge(i)}`;

/**
 * The panel comparing two or three proposals: figures side by side, then what differs; each
 * proposal's summary, terms (definitions: as singlePanel's, one per proposal) and sources.
 */
export function comparePanel({ proposals, comparison, featureSets, basis, layer, definitions = [], regions }) {
  const { reports, differences } = comparison;
  const parties = partiesShown(reports);
  const key = proposals.map((p, i) => html`<li>${badge(i)} ${titleOf(p)} <span class="date">(${date(p.date)})</span></li>`);
  const diffHeads = differences.map((d, i) => html`<th scope="col">${badge(i + 1)} − ${badge(0)}</th>`);
  const row = (label, cells, diffCells, attr, value) => {
    const tr = html`<tr><th scope="row">${label}</th>${cells}${diffCells}</tr>`;
    tr.firstElementChild.setAttribute(`data-${attr}`, value);
    return tr;
  };
  const empty = () => differences.map(() => html`<td class="na">${t('notShown')}</td>`);
  const partyRows = parties.map((p) => row(html`${partySwatch(p)} ${t(p)}`,
    reports.map((r, i) => html`<td data-proposal="${i}">${amount(r.parties[p], basis)}${peopleOf(r.people?.parties[p])}</td>`),
    differences.map((d, i) => html`<td data-diff="${i}">${amount(d.parties[p], basis, true)}</td>`),
    'party', p));
  const changeRows = CHANGES.map((c) => row(t(c),
    reports.map((r, i) => html`<td data-proposal="${i}">${amount(r.change[c], basis, c === 'netForUkraine')}${
      peopleOf(r.people?.change[c], c === 'netForUkraine')}</td>`),
    empty(), 'change', c));
  const differentRow = row(t('assignedDifferently'), reports.map(() => html`<td class="na">${t('notShown')}</td>`),
    differences.map((d, i) => html`<td data-diff="${i}">${amount(d.total, basis)}</td>`), 'total', 'different');
  const table = html`<div class="table-wrap"><table class="compare" id="compare-figures">
    <caption>${t('unitsCaption')}</caption><thead><tr><td></td>${proposals.map((p, i) =>
    html`<th scope="col">${colLabel(i, p)}</th>`)}${diffHeads}</tr></thead>
    <tbody>${partyRows}</tbody><tbody class="change-rows">
    <tr><th colspan="${1 + reports.length + differences.length}" scope="colgroup">${t('against', { date: date(reports[0].layer.date) })}</th></tr>
    ${changeRows}</tbody><tbody>${differentRow}</tbody></table></div>`;
  // The legend first: on the page it sits right under the maps it explains.
  return html`${compareLegend(featureSets, definitions, reports)}<h2>${t('compare')}</h2><ol class="key">${key}</ol>${layerLine(reports[0].layer)}
    <section id="headline" class="figures">${table}${basisNote(reports[0], basis)}${peopleNote(reports[0])}</section>
    <h3>${t('differences')}</h3>${differences.map((d, i) => difference(d, i + 1, reports, basis))}
    ${compareRegionTable(reports, differences, basis)}
    <h3>${t('about')}</h3>${proposals.map((p, i) => html`<details open><summary>${badge(i)} ${titleOf(p)}</summary>${sources(p)}${
      definitions[i] ? termsList(definitions[i], regions) : ''}</details>`)}
    ${exportsBlock([...proposals.map((p, i) => exportLinks(p, layer, i, basis)), compareImageLinks(proposals, layer, basis)],
    t('comparedTitle', { titles: proposals.map((p) => plain(p.title)).join(' / ') }))}`;
}

function difference(d, i, reports, basis) {
  const names = Object.fromEntries(reports[0].regions.map((r) => [r.code, r]));
  const heading = html`<h4>${fill(tr('versus'), { a: badge(0), b: badge(i) })}</h4>`;
  if (d.transfers.length === 0) return html`${heading}<p class="no-difference">${t('noDifference')}</p>`;
  const transfers = d.transfers.map((x) => html`<li data-from="${x.fromParty}" data-to="${x.toParty}">${
    swatch(transferFill(x.fromParty, x.toParty))}<span>${t('transfer', { from: partyName(x.fromParty), to: partyName(x.toParty) })}:
    ${amount(x.area, basis)}</span></li>`);
  const regions = d.regions.map((r) => html`<tr data-region="${r.code}"><th scope="row">${regionButton(names[r.code] || r)}</th>
    <td>${areaOnly(r.area, basis)}</td></tr>`);
  return html`<section class="difference" data-diff="${i - 1}">${heading}
    <p>${t('assignedDifferently')}: ${amount(d.total, basis)}</p><ul class="legend transfers">${transfers}</ul>
    <div class="table-wrap"><table class="regions"><thead><tr><th scope="col">${t('region')}</th>
    <th scope="col">${t('assignedDifferently')}, ${unitKm2()}</th></tr></thead><tbody>${regions}</tbody></table></div></section>`;
}

function compareLegend(featureSets, definitions, reports) {
  const seen = new Map();
  for (const set of featureSets) {
    for (const f of set.features) {
      const { party, thirdParty, regime, recognition } = f.properties;
      seen.set(`${party}|${plain(thirdParty)}|${regime}|${recognition}`, { party, thirdParty, regime, recognition });
    }
  }
  const items = [...seen.values()].map((terms) =>
    html`<li>${swatch(shareFill(terms.party, terms.recognition, terms.regime))}<span>${termsLabel(terms)}</span></li>`);
  return html`<section class="compare-legend"><h2>${t('legend')}</h2><ul class="legend">${items}${pointsKey(definitions)}${settlementsKey(reports)}${baseLegend()}</ul></section>`;
}

function compareRegionTable(reports, differences, basis) {
  const diffByRegion = differences.map((d) => Object.fromEntries(d.regions.map((r) => [r.code, r.area])));
  const rows = reports[0].regions.map((r, n) => html`<tr data-region="${r.code}"><th scope="row">${regionButton(r)}</th>${
    reports.map((rep, i) => html`<td data-proposal="${i}">${areaOnly(rep.regions[n].parties.russia, basis)}</td>`)}${
    diffByRegion.map((m, i) => html`<td data-diff="${i}">${m[r.code] ? areaOnly(m[r.code], basis) : t('notShown')}</td>`)}</tr>`);
  return html`<h3>${t('byRegion')}</h3><p class="hint">${t('hint')}</p><div class="table-wrap"><table class="regions compare-regions">
    <caption>${t('russia')} · ${t('assignedDifferently')}</caption><thead><tr><th scope="col">${t('region')}</th>${
    reports.map((r, i) => html`<th scope="col">${badge(i)} ${t('russia')}</th>`)}${
    differences.map((d, i) => html`<th scope="col">${badge(i + 1)} ≠ ${badge(0)}</th>`)}</tr></thead><tbody>${rows}</tbody></table></div>`;
}

/** A region's figures under each proposal shown (from each report's regions[]). */
export function regionInfo(code, reports, basis, single) {
  const first = reports[0].regions.find((r) => r.code === code);
  if (!first) return '';
  const blocks = reports.map((report, i) => {
    const r = report.regions.find((x) => x.code === code);
    const people = report.people?.regions.find((x) => x.code === code);
    const items = partiesShown([report]).map((p) => html`<li data-party="${p}">${t(p)}: ${areaOnly(r.parties[p], basis)}\u00a0${unitKm2()}
      (<span class="pct">${pct(r.percentOfRegion[p])}</span>${percentSign()} ${t('ofRegion')})${
      people ? html` · ${peopleOf(people.parties[p])}` : ''}</li>`);
    return html`${single ? '' : html`<h3>${badge(i)}</h3>`}<ul>${items}</ul>`;
  });
  const people = reports[0].people?.regions.find((x) => x.code === code);
  return html`<h2>${regionName(first)}</h2>
    <p>${t('area')}: ${areaOnly(first.area, basis, false, true)}\u00a0${unitKm2()}${people ? html` · ${peopleOf(people.persons)}` : ''}</p>
    <p>${t('occupied', { date: date(reports[0].layer.date) })}: ${areaOnly(first.occupied, basis)}\u00a0${unitKm2()}</p>
    <div class="per-proposal">${blocks}</div>`;
}
