// The map page: one state object (much of it in the URL) drawn as controls, maps and the figures
// panel, the front line over time, and the editor of one's own proposal.

import { getJson, getPage, withLayer, withDetail, detailAt, proposalPath, invalidateUnder } from './api.js';
import { LANGS, setLang, setApproximate, t, date, text, plain, textIn, lang } from './i18n.js';
import { MapView, installPatterns, synchronise } from './maps.js';
import { singlePanel, comparePanel, regionInfo, badge, LETTERS, embedSnippet } from './panels.js';
import { html, show } from './dom.js';
import { LayerSlider, TimelineChart } from './timeline.js';
import { loadVocabulary } from './vocabulary.js';
import { layerCredit } from './credits.js';
import { lineChoice, LATEST } from './line-choice.js';

const $ = (selector) => document.querySelector(selector);
const main = $('#main');
const form = $('#controls');
const pickers = [$('#p0'), $('#p1'), $('#p2')];
const regionsAt = (detail) => getJson(withDetail('/regions.geojson', detail));

/**
 * Everything the page shows, in one object: actions change it, then render() (or one of the
 * smaller views: showRegion, updateChart) draws from it.
 */
const state = {
  /** What the URL holds (readUrl): ?p=a[,b[,c]]&mode=edit&layer=&basis=&lang=&v=lat,lng,zoom&chart=all|UA-xx */
  url: readUrl(),
  /**
   * The proposals listed so far (GET /proposals a page at a time: the seeded ones first, then the
   * stored ones, more on demand or found by a search), and the same by id.
   */
  proposals: [],
  byId: new Map(),
  /** The list's next page (its URL, or null), and the search it is of. */
  list: { next: null, query: '' },
  /** GET /layers, oldest first. */
  layers: [],
  /** GET /regions. */
  regionList: [],
  /** GET /places' rows: the places the maps label. */
  places: [],
  /** GET /regions.geojson at regionsDetail (the first map's), and the bounds of the 27 regions. */
  regions: null,
  regionsDetail: 'coarse',
  ukraine: null,
  /** The reports of the current render (or the editor's preview), for the region box. */
  reports: null,
  /** The region pointed at, and the one picked. */
  hovered: null,
  pinned: null,
  /** Whether the next new layout takes its view from the URL (the first, and after going back). */
  viewFromUrl: true,
  /** The screen view while the page is laid out for print. */
  printing: null,
};

/** The parts of the page that draw the state: maps, slider, chart, the editor (made when first opened). */
const ui = { views: [], slider: null, chart: null, editor: null, renders: 0 };

function readUrl() {
  const q = new URLSearchParams(location.search);
  const v = (q.get('v') || '').split(',').map(Number);
  let saved = null;
  try { saved = localStorage.getItem('lang'); } catch { /* storage may be off */ }
  const preferred = q.get('lang') || saved || (navigator.language || '').slice(0, 2);
  const chartParam = q.get('chart') || '';
  return {
    ids: (q.get('p') || '').split(',').filter(Boolean).slice(0, 3),
    edit: q.get('mode') === 'edit',
    layer: q.get('layer') || '',
    basis: q.get('basis') === 'geodesic' ? 'geodesic' : 'official',
    lang: LANGS.includes(preferred) ? preferred : 'en',
    view: v.length === 3 && v.every(Number.isFinite) ? { lat: v[0], lng: v[1], zoom: v[2] } : null,
    tiles: q.get('tiles') ? { url: q.get('tiles'), attribution: q.get('tilesAttribution') || '' } : null,
    chart: chartParam === 'all' || /^UA-\d\d$/.test(chartParam) ? chartParam : '',
  };
}

function urlOf(s) {
  const q = new URLSearchParams();
  q.set('p', s.ids.join(','));
  if (s.edit) q.set('mode', 'edit');
  if (s.layer) q.set('layer', s.layer);
  if (s.basis !== 'official') q.set('basis', s.basis);
  q.set('lang', s.lang);
  if (s.chart) q.set('chart', s.chart);
  if (s.view) q.set('v', `${s.view.lat.toFixed(4)},${s.view.lng.toFixed(4)},${s.view.zoom}`);
  if (s.tiles) {
    q.set('tiles', s.tiles.url);
    if (s.tiles.attribution) q.set('tilesAttribution', s.tiles.attribution);
  }
  return `${location.pathname}?${q.toString().replace(/%2C/g, ',')}`;
}

function writeUrl(push) {
  const url = urlOf(state.url);
  if (url !== location.pathname + location.search) history[push ? 'pushState' : 'replaceState'](null, '', url);
  const link = $('.permalink');
  if (link) link.href = location.href;
  const snippet = $('.embed-snippet');
  if (snippet) snippet.value = embedSnippet(location.href, snippet.dataset.title);
}

/** Whether a listed proposal has figures (one stored on a layer not loaded has none). */
const usable = (p) => Boolean(p) && (!p.state || p.state === 'evaluated');

/** Valid ids only, no repeats; a default where none is given. */
function cleanIds(ids) {
  const valid = [...new Set(ids.filter((id) => usable(state.byId.get(id))))];
  if (valid.length === 0) {
    const baseline = state.proposals.find((p) => p.id.startsWith('line-of-contact')) || state.proposals[0];
    valid.push(baseline.id);
  }
  return valid;
}

const latestLayer = () => (state.layers.length ? state.layers[state.layers.length - 1].date : '');

/** The layer the maps show: the one chosen, else in the editor the latest, else the first proposal's own. */
function layerShown() {
  const { layer, edit, ids } = state.url;
  if (layer === LATEST) return latestLayer();
  if (layer) return layer;
  if (edit) return latestLayer();
  return state.byId.get(ids[0])?.layer?.date || latestLayer();
}

function applyStaticText() {
  const { lang, ids, edit } = state.url;
  setLang(lang);
  document.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  document.querySelectorAll('[data-lang]').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.lang === lang)));
  const compare = ids.length > 1 && !edit;
  pickers.forEach((select, i) => {
    select.parentElement.querySelector('.picker-name').textContent = compare ? t('proposalN', { n: LETTERS[i] }) : t('proposal');
  });
  const none = $('#p2 option[value=""]');
  if (none) none.textContent = t('none');
}

/**
 * The proposals listed, for a picker: by year (from their date, the latest year first; newest first
 * within a year), each followed by its variants (those whose variantOf it is). [{ year, items:
 * [{ proposal, variant }] }]; a proposal with no date (one that could not be evaluated) in a last
 * group with year ''.
 */
function proposalsByYear(proposals) {
  const ids = new Set(proposals.map((p) => p.id));
  const variantsOf = new Map();
  for (const p of proposals) {
    if (p.variantOf && ids.has(p.variantOf)) {
      if (!variantsOf.has(p.variantOf)) variantsOf.set(p.variantOf, []);
      variantsOf.get(p.variantOf).push(p);
    }
  }
  const newestFirst = (a, b) => (b.date || '').localeCompare(a.date || '');
  const groups = new Map();
  for (const p of [...proposals].sort(newestFirst)) {
    if (p.variantOf && ids.has(p.variantOf)) continue; // listed under the proposal it varies
    const year = (p.date || '').slice(0, 4);
    if (!groups.has(year)) groups.set(year, []);
    groups.get(year).push({ proposal: p, variant: false });
    for (const v of (variantsOf.get(p.id) || []).sort(newestFirst)) groups.get(year).push({ proposal: v, variant: true });
  }
  return [...groups.entries()].sort(([a], [b]) => (a && b ? b.localeCompare(a) : a ? -1 : 1))
    .map(([year, items]) => ({ year, items }));
}

/** A picker's option: the title in the page's language (a variant: its label, under its proposal). */
function proposalOption({ proposal: p, variant }) {
  const found = textIn(variant && p.variant ? p.variant : p.title) || { text: p.id, lang: 'en' };
  const label = variant ? `\u21b3 ${found.text}` : found.text;
  return usable(p)
    ? html`<option value="${p.id}" lang="${found.lang}" class="${variant ? 'variant' : ''}">${label}</option>`
    : html`<option value="${p.id}" lang="${found.lang}" disabled>${label} ${t(p.state === 'evaluating' ? 'stillEvaluating' : 'layerNotLoaded')}</option>`;
}

function fillControls() {
  const groups = proposalsByYear(state.proposals);
  const options = () => groups.map(({ year, items }) =>
    html`<optgroup label="${year || t('undated')}">${items.map(proposalOption)}</optgroup>`);
  show(pickers[0], options());
  show(pickers[1], options());
  show(pickers[2], [html`<option value=""></option>`, options()]);
  ui.slider.setLayers(state.layers);
  $('#proposals-more').hidden = !state.list.next;
}

function syncControls() {
  const { ids, edit, basis, layer } = state.url;
  const compare = ids.length > 1;
  form.elements.mode.value = edit ? 'edit' : compare ? 'compare' : 'single';
  form.elements.basis.value = basis;
  form.classList.toggle('comparing', compare && !edit);
  form.classList.toggle('editing', edit);
  pickers.forEach((select, i) => {
    select.value = ids[i] || '';
    select.disabled = edit || (!compare && i > 0);
    for (const option of select.options) {
      option.disabled = option.value !== '' && (!usable(state.byId.get(option.value))
      || ids.some((id, j) => j !== i && id === option.value && (compare || j === 0)));
    }
  });
  ui.slider.set(layerShown(), { chosen: Boolean(layer), editing: edit });
}

function onControls(event) {
  const target = event.target;
  const url = state.url;
  if (target.name === 'mode') {
    url.edit = target.value === 'edit';
    if (target.value === 'compare') {
      const next = url.ids[1] || state.proposals.find((p) => p.id !== url.ids[0])?.id;
      url.ids = next ? [url.ids[0], next] : [url.ids[0]];
    } else if (target.value === 'single') {
      url.ids = [url.ids[0]];
    }
  } else if (target.name === 'basis') {
    url.basis = target.value;
  } else if (pickers.includes(target)) {
    const ids = pickers.map((s) => s.value).slice(0, url.ids.length > 1 ? 3 : 1);
    url.ids = ids.filter(Boolean);
  } else {
    return; // the slider reports through onPickLayer
  }
  update(true);
}

/** A layer picked on the slider or the chart. */
function onPickLayer(layerDate) {
  if (state.url.layer === layerDate) return;
  state.url.layer = layerDate;
  update(true);
}

function update(push) {
  state.url.ids = cleanIds(state.url.ids);
  if (state.url.layer !== LATEST && !state.layers.some((l) => l.date === state.url.layer)) state.url.layer = '';
  writeUrl(push);
  render();
}

/**
 * A proposal's title for a label read out as a whole (a map's name, the status line), which cannot
 * switch language midway: the title in the page's language, else the word "proposal" and its
 * letter. A string (the editor's own title) is in the page's language already.
 */
function labelTitle(title, i) {
  if (typeof title === 'string') return title;
  const found = textIn(title);
  return found && found.lang === lang() ? found.text : t('proposalN', { n: LETTERS[i] });
}

/** Creates the maps a layout needs: one, or one per proposal and one per difference (titles: texts). */
function layoutMaps(titles) {
  const n = titles.length;
  const count = n === 1 ? 1 : 2 * n - 1;
  const box = $('#maps');
  box.className = `maps maps-${count}`;
  const fresh = ui.views.length !== count;
  if (fresh) {
    ui.views.forEach((v) => v.remove());
    ui.views = [];
    show(box, Array.from({ length: count }, () => html`<figure class="map-box"><figcaption></figcaption><div class="map"></div></figure>`));
  }
  // Captions first, so that each map has its final size when it is made.
  box.querySelectorAll('figure').forEach((figure, i) => {
    const compare = n > 1;
    figure.classList.toggle('difference-map', i >= n);
    show(figure.querySelector('figcaption'), !compare ? ''
      : i < n ? html`${badge(i)} ${text(titles[i])}`
        : html`${badge(i - n + 1)} − ${badge(0)}: ${t('assignedDifferently')}`);
    const map = figure.querySelector('.map');
    map.setAttribute('role', 'region');
    map.setAttribute('aria-label', !compare || i < n ? t('mapOf', { title: labelTitle(titles[i], i) })
      : t('diffMapOf', { a: labelTitle(titles[0], 0), b: labelTitle(titles[i - n + 1], i - n + 1) }));
  });
  if (fresh) {
    const { regions, regionsDetail } = state;
    ui.views = [...box.querySelectorAll('.map')].map((element, i) =>
      new MapView(element, {
        regions, detail: regionsDetail, regionsAt, tiles: state.url.tiles, onRegion, attribution: i === 0, places: state.places,
      }));
    synchronise(ui.views);
    const [first, ...others] = ui.views;
    // A layout opened from a link shows the link's view; a layout the user switches to, all of Ukraine.
    if (state.viewFromUrl && state.url.view) first.setView(state.url.view);
    else first.fitBounds(state.ukraine, { padding: [6, 6], animate: false });
    others.forEach((v) => v.setView(first.view()));
    ui.views.forEach((v) => {
      v.zoomClasses();
      v.fitDetail();
    });
    first.onMove(rememberView);
  }
  state.viewFromUrl = false;
  ui.views.forEach((v) => v.drawLabels());
}

async function render() {
  const count = ++ui.renders;
  const { ids, edit, basis, layer } = state.url;
  main.setAttribute('aria-busy', 'true');
  applyStaticText();
  syncControls();
  ui.chart.setRegions(state.regionList);
  updateChart();
  if (edit) {
    renderEditor(count);
    return;
  }
  if (ui.editor) ui.editor.close();
  $('#editor').hidden = true;
  $('#panel').hidden = false;
  const selected = ids.map((id) => state.byId.get(id));
  document.title = `${selected.map((p) => plain(p.title)).join(' · ')} — ${t('appTitle')}`;
  layoutMaps(selected.map((p) => p.title));
  const { views } = ui;
  const panel = $('#panel');
  try {
    let reports;
    if (selected.length === 1) {
      const path = proposalPath(selected[0].id);
      const at = sharesAt(path, layer);
      const detail = views[0].wantedDetail();
      const [report, features, definition] = await Promise.all([
        getJson(withLayer(`${path}/area`, layer)), at(detail), definitionOf(selected[0])]);
      if (count !== ui.renders) return;
      reports = [report];
      setApproximate(report.layer.approximate);
      views[0].showShares(features, at, detail);
      views[0].showNamedPoints(definition?.places || []);
      views[0].showSettlements(report.people?.settlementsChangingHands.largest || []);
      show(panel, singlePanel({ proposal: selected[0], report, features, basis, layer, definition, regions: regionsByCode() }));
      showLineChoice(selected[0].date);
    } else {
      const comparison = await getJson(withLayer(`/compare?ids=${ids.map(encodeURIComponent).join(',')}`, layer));
      const used = layer || comparison.reports[0].layer.date;
      const ats = selected.map((p) => sharesAt(proposalPath(p.id), used));
      const details = ats.map((_, i) => views[i].wantedDetail());
      const [featureSets, definitions] = await Promise.all([
        Promise.all(ats.map((at, i) => at(details[i]))), Promise.all(selected.map(definitionOf))]);
      if (count !== ui.renders) return;
      reports = comparison.reports;
      setApproximate(reports[0].layer.approximate);
      featureSets.forEach((set, i) => views[i].showShares(set, ats[i], details[i]));
      definitions.forEach((d, i) => views[i].showNamedPoints(d?.places || []));
      reports.forEach((r, i) => views[i].showSettlements(r.people?.settlementsChangingHands.largest || []));
      comparison.differences.forEach((d, i) => views[selected.length + i].showTransfers(d.geojson));
      show(panel, comparePanel({
        proposals: selected, comparison, featureSets, basis, layer, definitions, regions: regionsByCode(),
      }));
      showLineChoice(selected[0].date);
    }
    const info = reports[0].layer;
    views.forEach((v) => v.flagApproximate(info.approximate));
    showLine(views, info.date, count);
    views[0].setAttribution(layerCredit('layerCreditShort', info, date(info.date)));
    ui.slider.set(info.date, { chosen: Boolean(layer), editing: false });
    ui.chart.mark(info.date);
    state.reports = reports;
    showRegion();
    $('#status').textContent = selected.map((p, i) => labelTitle(p.title, i)).join(' · ');
    main.setAttribute('aria-busy', 'false');
  } catch (error) {
    if (count === ui.renders) fail(error.message);
  }
}

/** The choice of front line (as reported / today's), under the panel's line of the layer. */
function showLineChoice(reportedOn) {
  const line = $('#panel .layer-line');
  if (line && state.layers.length) line.after(lineChoice({ reportedOn, latest: latestLayer(), layer: state.url.layer }));
}

/** The choice of front line made: '' for the proposal's own, 'latest' for today's. */
function onLineChoice(event) {
  if (event.target.name !== 'line' || !event.target.closest('.line-choice')) return;
  state.url.layer = event.target.value;
  update(true);
}

/** Draws the line of contact of a layer over the maps (fetched once per layer); none if it fails. */
function showLine(views, layerDate, count) {
  getJson(`/layers/${encodeURIComponent(layerDate)}/line.geojson`).then((line) => {
    if (count === ui.renders) views.forEach((v) => v.showLine(line));
  }, () => views.forEach((v) => v.showLine(null)));
}

/**
 * A proposal's definition (GET /proposals/{id}, version 2), for its terms and named points; null
 * if it cannot be read: the figures are shown without them.
 */
function definitionOf(proposal) {
  return getJson(proposalPath(proposal.id)).catch(() => null);
}

/** The regions by code (GET /regions), for their names. */
const regionsByCode = () => new Map(state.regionList.map((r) => [r.code, r]));

/** A proposal's shares on a layer at a detail (each fetched once). */
function sharesAt(path, layer) {
  return (detail) => getJson(withDetail(withLayer(`${path}/geojson`, layer), detail));
}

/** "Your proposal": one map, the editor instead of the figures panel. */
function renderEditor(count) {
  document.title = `${t('editorTitle')} — ${t('appTitle')}`;
  layoutMaps([t('editorTitle')]);
  const view = ui.views[0];
  view.keepShares(); // the editor's shapes stay as it draws them
  view.showNamedPoints([]);
  $('#panel').hidden = true;
  $('#editor').hidden = false;
  const layer = layerShown();
  const info = state.layers.find((l) => l.date === layer);
  view.flagApproximate(Boolean(info && info.approximate));
  setApproximate(Boolean(info && info.approximate));
  if (info) view.setAttribution(layerCredit('layerCreditShort', info, date(info.date)));
  if (info) showLine([view], info.date, count);
  ui.chart.mark(layer);
  state.reports = null;
  showRegion();
  loadEditor()
    .then((e) => (count === ui.renders ? e.open(view, layer, state.url.basis) : null))
    .catch((error) => fail(error.message))
    .finally(() => {
      if (count === ui.renders) main.setAttribute('aria-busy', 'false');
    });
  $('#status').textContent = t('editorTitle');
}

/** The editor's code, loaded the first time it is opened (most visitors only read). */
async function loadEditor() {
  if (!ui.editor) {
    const { Editor } = await import('./editor.js');
    if (!ui.editor) {
      ui.editor = new Editor({
        root: $('#editor'),
        regions: state.regionList,
        features: state.regions,
        onSaved,
        onReport: (report) => {
          state.reports = report ? [report] : null;
          showRegion();
        },
      });
    }
  }
  return ui.editor;
}

function updateChart() {
  const { chart, basis } = state.url;
  ui.chart.update({
    visible: state.layers.length > 1,
    open: Boolean(chart),
    region: chart === 'all' ? '' : chart,
    selected: layerShown(),
    basis,
  });
}

/** The chart opened, closed, or given another region. */
function onChart(open, region) {
  const next = !open ? '' : region !== undefined ? (region || 'all') : (state.url.chart || 'all');
  if (next === state.url.chart) return;
  state.url.chart = next;
  writeUrl(false);
  updateChart();
}

function fail(message) {
  show($('#panel'), html`<p class="error" role="alert">${t('failed', { message })}</p>`);
  $('#panel').hidden = false;
  main.setAttribute('aria-busy', 'false');
}

function rememberView() {
  if (state.printing) return;
  state.url.view = ui.views[0].view();
  writeUrl(false);
}

/** Printing: the maps take the print size and show what the screen showed; then go back. */
function onPrintMedia(event) {
  const [first] = ui.views;
  if (!first) return;
  if (event.matches) {
    state.printing = { view: first.view(), bounds: first.bounds() };
    ui.views.forEach((v) => v.resize());
    first.fitBounds(state.printing.bounds, { animate: false });
  } else if (state.printing) {
    ui.views.forEach((v) => v.resize());
    first.setView(state.printing.view);
    state.printing = null;
  }
}

function onRegion(code, pin) {
  const { edit } = state.url;
  if (edit && document.querySelector('.map.drawing')) return;
  // In the editor, a region picked on a wide screen brings its row into view beside the map.
  if (pin && edit && ui.editor && code && window.matchMedia('(min-width: 900px)').matches) ui.editor.reveal(code);
  if (pin) state.pinned = code;
  else state.hovered = code;
  showRegion();
}

/** The box with the figures of the region pointed at (or picked), under each proposal shown. */
function showRegion() {
  const code = state.hovered || state.pinned;
  const { reports } = state;
  ui.views.forEach((v) => v.highlight(code));
  const box = $('#region-info');
  if (!code || !reports) {
    box.hidden = true;
    return;
  }
  show(box, html`<button type="button" class="close" data-action="close" aria-label="${t('close')}">×</button>
    ${regionInfo(code, reports, state.url.basis, reports.length === 1)}${state.layers.length > 1
    ? html`<p><button type="button" class="link-button" data-chart-region="${code}">${t('overTime')}</button></p>` : ''}`);
  box.hidden = false;
}

function closeRegion() {
  state.hovered = null;
  state.pinned = null;
  showRegion();
}

function onClick(event) {
  const button = event.target.closest('button');
  if (!button) return;
  if (button.dataset.lang) {
    state.url.lang = button.dataset.lang;
    try { localStorage.setItem('lang', state.url.lang); } catch { /* storage may be off */ }
    update(true);
  } else if (button.dataset.region) {
    state.hovered = null;
    onRegion(button.dataset.region, true);
  } else if (button.dataset.chartRegion) {
    onChart(true, button.dataset.chartRegion);
    $('#timeline').scrollIntoView({ block: 'nearest' });
    $('#timeline summary').focus();
  } else if (button.dataset.action === 'close') {
    closeRegion();
  } else if (button.dataset.action === 'print') {
    window.print();
  } else if (button.dataset.action === 'layer-own') {
    state.url.layer = '';
    update(true);
  } else if (button.dataset.action === 'more-proposals') {
    moreProposals(button);
  } else if (button.dataset.action === 'edit-stored') {
    editStored(button);
  }
}

/** The proposals as listed by the server, and by id. */
function setProposals(proposals) {
  state.proposals = proposals;
  state.byId = new Map(proposals.map((p) => [p.id, p]));
}

/** Adds proposals to those listed, or puts them in place of the same ids. */
function addProposals(items) {
  const byId = new Map(items.map((p) => [p.id, p]));
  const kept = state.proposals.map((p) => byId.get(p.id) || p);
  setProposals([...kept, ...items.filter((p) => !state.byId.has(p.id))]);
}

/** A proposal looked up by its id (one not on the pages listed so far, e.g. from a link). */
async function findProposal(id) {
  const page = await getPage(`/proposals?q=${encodeURIComponent(id)}&limit=200`);
  const found = page.items.find((p) => p.id === id);
  if (found) addProposals([found]);
  return found;
}

/** The list's next page, added to the pickers. */
async function moreProposals(button) {
  if (!state.list.next) return;
  button.disabled = true;
  try {
    const page = await getPage(state.list.next);
    state.list.next = page.next;
    addProposals(page.items);
    fillControls();
    syncControls();
  } catch (error) {
    $('#status').textContent = error.message;
  } finally {
    button.disabled = false;
  }
}

/**
 * The pickers hold the proposals whose title or id contains the search (and those shown now);
 * an empty search lists the first page again.
 */
async function searchProposals(query) {
  state.list.query = query;
  let page;
  try {
    page = await getPage(query ? `/proposals?q=${encodeURIComponent(query)}` : '/proposals');
  } catch (error) {
    $('#status').textContent = error.message;
    return;
  }
  if (state.list.query !== query) return; // a later search has been sent
  const shown = state.url.ids.map((id) => state.byId.get(id)).filter((p) => p && !page.items.some((q) => q.id === p.id));
  setProposals([...page.items, ...shown]);
  state.list.next = page.next;
  fillControls();
  syncControls();
  $('#status').textContent = t('found', { n: page.items.length });
}

/** "Change this proposal": a stored proposal loaded into the editor, on its own layer. */
async function editStored(button) {
  button.disabled = true;
  try {
    const editor = await loadEditor();
    const layer = await editor.edit(button.dataset.id);
    state.url.edit = true;
    state.url.layer = state.layers.some((l) => l.date === layer) ? layer : '';
    update(true);
  } catch (error) {
    button.disabled = false;
    button.insertAdjacentElement('afterend', html`<span class="error" role="alert"> ${error.message}</span>`);
  }
}

/** After a save: the proposal is listed (with its new figures if it was changed), picked and shown. */
async function onSaved(id) {
  invalidateUnder(proposalPath(id));
  try {
    await findProposal(id);
  } catch (error) {
    fail(error.message);
    return;
  }
  fillControls();
  state.url.edit = false;
  state.url.ids = [id];
  state.url.layer = ''; // the proposal's own: the line it was drawn on
  update(true);
}

async function start() {
  applyStaticText();
  ui.slider = new LayerSlider({
    box: $('#layer-control'), input: $('#layer'), output: $('#layer-date'), ticks: $('#layer-ticks'), own: $('#layer-own'),
    onPick: onPickLayer,
  });
  ui.chart = new TimelineChart({
    details: $('#timeline'), region: $('#timeline-region'), chart: $('#chart'), readout: $('#chart-readout'),
    key: $('#chart-key'), table: $('#timeline-table'),
    onPick: onPickLayer, onToggle: onChart,
  });
  // The whole country first (coarse), unless a link opens the map zoomed in.
  state.regionsDetail = state.url.view ? detailAt(state.url.view.zoom) : 'coarse';
  let proposals;
  try {
    let places;
    let first;
    [first, state.regions, state.layers, state.regionList, places] = await Promise.all([
      getPage('/proposals'), regionsAt(state.regionsDetail), getJson('/layers'), getJson('/regions'),
      // Names are a help, not a need: without them the maps still show the figures.
      getJson('/places').catch(() => ({ places: [] })), loadVocabulary()]);
    state.places = places.places;
    // One line per date on the slider and chart: an approximation a mapped layer supersedes is left out.
    state.layers = state.layers.filter((l) => !l.superseded);
    proposals = first.items;
    state.list.next = first.next;
  } catch (error) {
    fail(error.message);
    return;
  }
  if (proposals.length === 0) {
    fail('GET /proposals: []');
    return;
  }
  setProposals(proposals);
  // A link may name stored proposals beyond the first page.
  await Promise.all(state.url.ids.filter((id) => !state.byId.has(id)).map((id) => findProposal(id).catch(() => null)));
  installPatterns($('#patterns'));
  state.ukraine = L.geoJSON(state.regions).getBounds();
  fillControls();
  form.addEventListener('change', onControls);
  $('#panel').addEventListener('change', onLineChoice);
  form.addEventListener('submit', (event) => event.preventDefault());
  let searching = null;
  $('#proposal-search').addEventListener('input', (event) => {
    clearTimeout(searching);
    const query = event.target.value.trim();
    searching = setTimeout(() => searchProposals(query), 300);
  });
  document.addEventListener('click', onClick);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !$('#region-info').hidden && !document.querySelector('.map.drawing')) closeRegion();
  });
  window.addEventListener('popstate', () => {
    state.url = readUrl();
    state.viewFromUrl = true;
    if (state.url.view && ui.views[0]) ui.views[0].setView(state.url.view);
    update(false);
  });
  window.matchMedia('print').addEventListener('change', onPrintMedia);
  update(false);
}

start();
