// The figures beside the map, as HTML: every number is one the API sent, only formatted here.

import { t, statusName, km2, pct, percentSign, unitKm2, date, regionName } from './i18n.js';
import { shareFill, transferFill, swatch } from './maps.js';
import { withLayer, proposalPath } from './api.js';

const PARTIES = ['russia', 'ukraine', 'demilitarized'];
export const LETTERS = ['A', 'B', 'C'];

export const esc = (value) => String(value ?? '').replace(/[&<>"']/g,
  (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** A figure's km² and % of Ukraine on the chosen basis. */
function pick(figure, basis) {
  return basis === 'geodesic' ? [figure.km2, figure.percent] : [figure.officialKm2, figure.officialPercent];
}

function amount(figure, basis, signed = false) {
  const [k, p] = pick(figure, basis);
  return `<span class="km2">${km2(k, signed)}</span><span class="unit">&nbsp;${unitKm2()}</span>`
    + ` <span class="pct-wrap">(<span class="pct">${pct(p, signed)}</span>${percentSign()})</span>`;
}

const areaOnly = (figure, basis, signed = false) =>
  `<span class="km2">${km2(pick(figure, basis)[0], signed)}</span>`;

/** Parties to show: Russia and Ukraine always, the demilitarized zone where any report has one. */
function partiesShown(reports) {
  return PARTIES.filter((p) => p !== 'demilitarized' || reports.some((r) => r.parties[p].km2 > 0));
}

const partySwatch = (party) => swatch(shareFill(party, party === 'ukraine' ? 'unchanged' : 'de-jure'));
const englishTitle = (proposal) => `<span lang="en">${esc(proposal.title)}</span>`;

function layerLine(layer) {
  const flag = layer.approximate
    ? ` <strong class="approx-badge">⚠ ${t('approximate')}</strong>` : '';
  return `<p class="layer-line">${esc(t('layerInfo', { date: date(layer.date), source: layer.source }))}${flag}</p>`
    + (layer.approximate ? `<p class="approx-note">${t('approximateLong')}</p>` : '');
}

function basisNote(report, basis) {
  const total = basis === 'geodesic' ? report.total.km2 : report.total.officialKm2;
  return `<p class="basis-note">${esc(t(basis === 'geodesic' ? 'basisGeodesic' : 'basisOfficial',
    { total: km2(total) }))}</p>`;
}

function headline(report, basis) {
  return `<h3>${t('whoGetsWhat')}</h3><dl class="headline">${partiesShown([report]).map((p) =>
    `<div data-party="${p}"><dt>${partySwatch(p)} ${t(p)}</dt><dd>${amount(report.parties[p], basis)}`
    + ` <span class="of">${t('ofUkraine')}</span></dd></div>`).join('')}</dl>`;
}

const CHANGES = ['cededByUkraine', 'returnedByRussia', 'netForUkraine'];

function change(report, basis) {
  return `<h3>${esc(t('against', { date: date(report.layer.date) }))}</h3><dl class="change">${CHANGES.map((c) =>
    `<div data-change="${c}"><dt>${t(c)}</dt><dd>${amount(report.change[c], basis, c === 'netForUkraine')}</dd></div>`)
    .join('')}</dl>`;
}

/** The legend: each share of the proposal with its area and note, then the base map. */
function legend(report, features, basis) {
  const items = features.features.map((f) => {
    const { party, status, note } = f.properties;
    const area = { km2: f.properties.km2, officialKm2: f.properties.officialKm2 };
    return `<li>${swatch(shareFill(party, status))}<span><strong>${t(party)}</strong>: ${statusName(status)}`
      + ` · <span class="km2">${km2(basis === 'geodesic' ? area.km2 : area.officialKm2)}</span>&nbsp;${unitKm2()}`
      + `${note ? ` <span class="note" lang="en">${esc(note)}</span>` : ''}</span></li>`;
  });
  return `<h3>${t('legend')}</h3><ul class="legend">${items.join('')}${baseLegend()}</ul>`;
}

function baseLegend() {
  return `<li>${swatch('none', 'stroke-width="1"')}<span>${t('borders')}</span></li>`
    + `<li>${swatch('none', 'stroke-dasharray="5 4" stroke-width="2"')}<span>${t('crimea')}</span></li>`;
}

function regionButton(region) {
  return `<button type="button" class="region-button" data-region="${esc(region.code)}">${esc(regionName(region))}</button>`;
}

function regionTable(report, basis) {
  const parties = partiesShown([report]);
  const rows = report.regions.map((r) => `<tr data-region="${esc(r.code)}"><th scope="row">${regionButton(r)}</th>`
    + parties.map((p) => `<td data-party="${p}">${areaOnly(r.parties[p], basis)}</td>`).join('') + '</tr>');
  return `<h3>${t('byRegion')}</h3><p class="hint">${t('hint')}</p><div class="table-wrap"><table class="regions">`
    + `<thead><tr><th scope="col">${t('region')}</th>${parties.map((p) => `<th scope="col">${t(p)}</th>`).join('')}</tr></thead>`
    + `<tbody>${rows.join('')}</tbody><tfoot><tr data-region="total"><th scope="row">${t('total')}</th>`
    + parties.map((p) => `<td data-party="${p}">${areaOnly(report.parties[p], basis)}</td>`).join('')
    + '</tr></tfoot></table></div>';
}

function sources(proposal) {
  const items = proposal.sources.map((s) => {
    const title = s.url ? `<a href="${esc(s.url)}" rel="noopener noreferrer">${esc(s.title)}</a>` : esc(s.title);
    return `<li lang="en"><strong>${esc(s.publisher)}</strong>: ${title} <span class="date">(${date(s.date)})</span></li>`;
  });
  return `<p class="summary" lang="en">${esc(proposal.summary)}</p>`
    + `<h4>${t('sources')}</h4><ul class="sources">${items.join('')}</ul>`;
}

function exportLinks(proposal, layer, prefix = '') {
  const base = proposalPath(proposal.id);
  return `<li>${prefix}<a href="${esc(withLayer(`${base}/geojson`, layer))}" download="${esc(proposal.id)}.geojson"`
    + ` type="application/geo+json">${t('geojson')}</a></li>`
    + `<li>${prefix}<a href="${esc(withLayer(`${base}/area.csv`, layer))}" download="${esc(proposal.id)}.csv"`
    + ` type="text/csv">${t('csv')}</a></li>`;
}

function exportsBlock(links) {
  return `<h3>${t('exports')}</h3><ul class="exports">${links}</ul><p class="actions">`
    + `<button type="button" data-action="print">${t('print')}</button> `
    + `<a class="permalink" href="${esc(location.href)}">${t('permalink')}</a></p>`;
}

/** The panel for one proposal. */
export function singlePanel({ proposal, report, features, basis, layer }) {
  return `<h2 class="proposal-title">${englishTitle(proposal)}</h2>`
    + `<p class="proposal-date">${date(proposal.date)}</p>${layerLine(report.layer)}`
    + `<section id="headline" class="figures">${headline(report, basis)}${change(report, basis)}${basisNote(report, basis)}</section>`
    + legend(report, features, basis)
    + regionTable(report, basis)
    + `<h3>${t('about')}</h3>${sources(proposal)}`
    + exportsBlock(exportLinks(proposal, layer));
}

export const badge = (i) => `<span class="badge badge-${i}">${LETTERS[i]}</span>`;
const colLabel = (i, proposal) => `<span class="visually-hidden">${esc(proposal.title)}</span>${badge(i)}`;

/** The panel comparing two or three proposals: figures side by side, then what differs. */
export function comparePanel({ proposals, comparison, featureSets, basis, layer }) {
  const { reports, differences } = comparison;
  const parties = partiesShown(reports);
  const key = proposals.map((p, i) => `<li>${badge(i)} ${englishTitle(p)} <span class="date">(${date(p.date)})</span></li>`).join('');
  const diffHeads = differences.map((d, i) => `<th scope="col">${badge(i + 1)} − ${badge(0)}</th>`).join('');
  const row = (label, cells, diffCells, attr) => `<tr ${attr}><th scope="row">${label}</th>${cells}${diffCells}</tr>`;
  const empty = differences.map(() => `<td class="na">${t('notShown')}</td>`).join('');
  const partyRows = parties.map((p) => row(`${partySwatch(p)} ${t(p)}`,
    reports.map((r, i) => `<td data-proposal="${i}">${amount(r.parties[p], basis)}</td>`).join(''),
    differences.map((d, i) => `<td data-diff="${i}">${amount(d.parties[p], basis, true)}</td>`).join(''),
    `data-party="${p}"`));
  const changeRows = CHANGES.map((c) => row(t(c),
    reports.map((r, i) => `<td data-proposal="${i}">${amount(r.change[c], basis, c === 'netForUkraine')}</td>`).join(''),
    empty, `data-change="${c}"`));
  const differentRow = row(t('assignedDifferently'), reports.map(() => `<td class="na">${t('notShown')}</td>`).join(''),
    differences.map((d, i) => `<td data-diff="${i}">${amount(d.total, basis)}</td>`).join(''), 'data-total="different"');
  const table = `<div class="table-wrap"><table class="compare" id="compare-figures">`
    + `<caption>${t('unitsCaption')}</caption><thead><tr><td></td>`
    + `${proposals.map((p, i) => `<th scope="col">${colLabel(i, p)}</th>`).join('')}${diffHeads}</tr></thead>`
    + `<tbody>${partyRows.join('')}</tbody><tbody class="change-rows">`
    + `<tr><th colspan="${1 + reports.length + differences.length}" scope="colgroup">${esc(t('against', { date: date(reports[0].layer.date) }))}</th></tr>`
    + `${changeRows.join('')}</tbody><tbody>${differentRow}</tbody></table></div>`;
  return `<h2>${t('compare')}</h2><ol class="key">${key}</ol>${layerLine(reports[0].layer)}`
    + `<section id="headline" class="figures">${table}${basisNote(reports[0], basis)}</section>`
    + `<h3>${t('differences')}</h3>${differences.map((d, i) => difference(d, i + 1, reports, basis)).join('')}`
    + compareLegend(featureSets)
    + compareRegionTable(reports, differences, basis)
    + `<h3>${t('about')}</h3>${proposals.map((p, i) => `<details open><summary>${badge(i)} ${englishTitle(p)}</summary>${sources(p)}</details>`).join('')}`
    + exportsBlock(proposals.map((p, i) => exportLinks(p, layer, `${badge(i)} `)).join(''));
}

function difference(d, i, reports, basis) {
  const names = Object.fromEntries(reports[0].regions.map((r) => [r.code, r]));
  const heading = `<h4>${t('versus', { a: badge(0), b: badge(i) })}</h4>`;
  if (d.transfers.length === 0) return `${heading}<p class="no-difference">${t('noDifference')}</p>`;
  const transfers = d.transfers.map((tr) => `<li data-from="${tr.fromParty}" data-to="${tr.toParty}">`
    + `${swatch(transferFill(tr.fromParty, tr.toParty))}<span>${esc(t('transfer', { from: t(tr.fromParty), to: t(tr.toParty) }))}:`
    + ` ${amount(tr.area, basis)}</span></li>`);
  const regions = d.regions.map((r) => `<tr data-region="${esc(r.code)}"><th scope="row">${regionButton(names[r.code] || r)}</th>`
    + `<td>${areaOnly(r.area, basis)}</td></tr>`);
  return `<section class="difference" data-diff="${i - 1}">${heading}`
    + `<p>${t('assignedDifferently')}: ${amount(d.total, basis)}</p><ul class="legend transfers">${transfers.join('')}</ul>`
    + `<div class="table-wrap"><table class="regions"><thead><tr><th scope="col">${t('region')}</th>`
    + `<th scope="col">${t('assignedDifferently')}, ${unitKm2()}</th></tr></thead><tbody>${regions.join('')}</tbody></table></div></section>`;
}

function compareLegend(featureSets) {
  const seen = new Map();
  for (const set of featureSets) {
    for (const f of set.features) {
      const { party, status } = f.properties;
      seen.set(`${party}|${status}`, { party, status });
    }
  }
  const items = [...seen.values()].map(({ party, status }) =>
    `<li>${swatch(shareFill(party, status))}<span><strong>${t(party)}</strong>: ${statusName(status)}</span></li>`);
  return `<h3>${t('legend')}</h3><ul class="legend">${items.join('')}${baseLegend()}</ul>`;
}

function compareRegionTable(reports, differences, basis) {
  const diffByRegion = differences.map((d) => Object.fromEntries(d.regions.map((r) => [r.code, r.area])));
  const rows = reports[0].regions.map((r, n) => `<tr data-region="${esc(r.code)}"><th scope="row">${regionButton(r)}</th>`
    + reports.map((rep, i) => `<td data-proposal="${i}">${areaOnly(rep.regions[n].parties.russia, basis)}</td>`).join('')
    + diffByRegion.map((m, i) => `<td data-diff="${i}">${m[r.code] ? areaOnly(m[r.code], basis) : t('notShown')}</td>`).join('')
    + '</tr>');
  return `<h3>${t('byRegion')}</h3><p class="hint">${t('hint')}</p><div class="table-wrap"><table class="regions compare-regions">`
    + `<caption>${t('russia')} · ${t('assignedDifferently')}</caption><thead><tr><th scope="col">${t('region')}</th>`
    + reports.map((r, i) => `<th scope="col">${badge(i)} ${t('russia')}</th>`).join('')
    + differences.map((d, i) => `<th scope="col">${badge(i + 1)} ≠ ${badge(0)}</th>`).join('')
    + `</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

/** A region's figures under each proposal shown (from each report's regions[]). */
export function regionInfo(code, reports, basis, single) {
  const first = reports[0].regions.find((r) => r.code === code);
  if (!first) return '';
  const blocks = reports.map((report, i) => {
    const r = report.regions.find((x) => x.code === code);
    const items = partiesShown([report]).map((p) => `<li data-party="${p}">${t(p)}: ${areaOnly(r.parties[p], basis)}`
      + `&nbsp;${unitKm2()} (<span class="pct">${pct(r.percentOfRegion[p])}</span>${percentSign()} ${t('ofRegion')})</li>`);
    return `${single ? '' : `<h3>${badge(i)}</h3>`}<ul>${items.join('')}</ul>`;
  });
  return `<h2>${esc(regionName(first))}</h2>`
    + `<p>${t('area')}: ${areaOnly(first.area, basis)}&nbsp;${unitKm2()}</p>`
    + `<p>${esc(t('occupied', { date: date(reports[0].layer.date) }))}: ${areaOnly(first.occupied, basis)}&nbsp;${unitKm2()}</p>`
    + `<div class="per-proposal">${blocks.join('')}</div>`;
}
