// The map page: state in the URL, controls, maps and the figures panel, the front line over time,
// and the editor of one's own proposal.

import { getJson, withLayer, withDetail, detailAt, proposalPath, invalidate } from './api.js';
import { LANGS, setLang, t, date } from './i18n.js';
import { MapView, installPatterns, synchronise } from './maps.js';
import { singlePanel, comparePanel, regionInfo, badge, LETTERS } from './panels.js';
import { html, show } from './dom.js';
import { LayerSlider, TimelineChart } from './timeline.js';

const $ = (selector) => document.querySelector(selector);
const main = $('#main');
const form = $('#controls');
const pickers = [$('#p0'), $('#p1'), $('#p2')];

let proposals = [];
let byId = new Map();
let layers = [];
let regions = null; // GeoJSON of the 27 units, at regionsDetail (the first view's)
let regionsDetail = 'coarse';
const regionsAt = (detail) => getJson(withDetail('/regions.geojson', detail));
let regionList = []; // GET /regions
let ukraine = null; // the bounds of the 27 regions
let views = [];
let shown = null; // the reports of the current render, for the region box
let hovered = null;
let pinned = null;
let renderCount = 0;
let viewFromUrl = true; // the next new layout takes its view from the URL
let printing = null; // the screen view while the page is laid out for print
let slider = null;
let chart = null;
let editor = null;

/**
 * The page state, read from and written to the URL:
 * ?p=a[,b[,c]]&mode=edit&layer=&basis=&lang=&v=lat,lng,zoom&chart=all|UA-xx
 */
let state = readUrl();

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
  const url = urlOf(state);
  if (url !== location.pathname + location.search) history[push ? 'pushState' : 'replaceState'](null, '', url);
  const link = $('.permalink');
  if (link) link.href = location.href;
}

/** Valid ids only, no repeats; a default where none is given. */
function cleanIds(ids) {
  const valid = [...new Set(ids.filter((id) => byId.has(id)))];
  if (valid.length === 0) {
    const baseline = proposals.find((p) => p.id.startsWith('line-of-contact')) || proposals[0];
    valid.push(baseline.id);
  }
  return valid;
}

const latestLayer = () => (layers.length ? layers[layers.length - 1].date : '');

/** The layer the maps show: the one chosen, else in the editor the latest, else the first proposal's own. */
function layerShown() {
  if (state.layer) return state.layer;
  if (state.edit) return latestLayer();
  return byId.get(state.ids[0])?.layer?.date || latestLayer();
}

function applyStaticText() {
  setLang(state.lang);
  document.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  document.querySelectorAll('[data-lang]').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.lang === state.lang)));
  const compare = state.ids.length > 1 && !state.edit;
  pickers.forEach((select, i) => {
    select.parentElement.querySelector('.picker-name').textContent = compare ? t('proposalN', { n: LETTERS[i] }) : t('proposal');
  });
  const none = $('#p2 option[value=""]');
  if (none) none.textContent = t('none');
}

function fillControls() {
  const options = () => proposals.map((p) => html`<option value="${p.id}" lang="en">${p.title}</option>`);
  show(pickers[0], options());
  show(pickers[1], options());
  show(pickers[2], [html`<option value=""></option>`, options()]);
  slider.setLayers(layers);
}

function syncControls() {
  const compare = state.ids.length > 1;
  form.elements.mode.value = state.edit ? 'edit' : compare ? 'compare' : 'single';
  form.elements.basis.value = state.basis;
  form.classList.toggle('comparing', compare && !state.edit);
  form.classList.toggle('editing', state.edit);
  pickers.forEach((select, i) => {
    select.value = state.ids[i] || '';
    select.disabled = state.edit || (!compare && i > 0);
    for (const option of select.options) {
      option.disabled = option.value !== '' && state.ids.some((id, j) => j !== i && id === option.value && (compare || j === 0));
    }
  });
  slider.set(layerShown(), { chosen: Boolean(state.layer), editing: state.edit });
}

function onControls(event) {
  const target = event.target;
  if (target.name === 'mode') {
    state.edit = target.value === 'edit';
    if (target.value === 'compare') {
      const next = state.ids[1] || proposals.find((p) => p.id !== state.ids[0])?.id;
      state.ids = next ? [state.ids[0], next] : [state.ids[0]];
    } else if (target.value === 'single') {
      state.ids = [state.ids[0]];
    }
  } else if (target.name === 'basis') {
    state.basis = target.value;
  } else if (pickers.includes(target)) {
    const ids = pickers.map((s) => s.value).slice(0, state.ids.length > 1 ? 3 : 1);
    state.ids = ids.filter(Boolean);
  } else {
    return; // the slider reports through onPickLayer
  }
  update(true);
}

/** A layer picked on the slider or the chart. */
function onPickLayer(layerDate) {
  if (state.layer === layerDate) return;
  state.layer = layerDate;
  update(true);
}

function update(push) {
  state.ids = cleanIds(state.ids);
  if (!layers.some((l) => l.date === state.layer)) state.layer = '';
  writeUrl(push);
  render();
}

/** Creates the maps a layout needs: one, or one per proposal and one per difference. */
function layoutMaps(titles) {
  const n = titles.length;
  const count = n === 1 ? 1 : 2 * n - 1;
  const box = $('#maps');
  box.className = `maps maps-${count}`;
  const fresh = views.length !== count;
  if (fresh) {
    views.forEach((v) => v.remove());
    views = [];
    show(box, Array.from({ length: count }, () => html`<figure class="map-box"><figcaption></figcaption><div class="map"></div></figure>`));
  }
  // Captions first, so that each map has its final size when it is made.
  box.querySelectorAll('figure').forEach((figure, i) => {
    const compare = n > 1;
    figure.classList.toggle('difference-map', i >= n);
    show(figure.querySelector('figcaption'), !compare ? ''
      : i < n ? html`${badge(i)} <span lang="en">${titles[i]}</span>`
        : html`${badge(i - n + 1)} − ${badge(0)}: ${t('assignedDifferently')}`);
    const map = figure.querySelector('.map');
    map.setAttribute('role', 'region');
    map.setAttribute('aria-label', !compare || i < n ? t('mapOf', { title: titles[i] })
      : t('diffMapOf', { a: titles[0], b: titles[i - n + 1] }));
  });
  if (fresh) {
    views = [...box.querySelectorAll('.map')].map((element, i) =>
      new MapView(element, { regions, detail: regionsDetail, regionsAt, tiles: state.tiles, onRegion, attribution: i === 0 }));
    synchronise(views);
    const first = views[0].map;
    // A layout opened from a link shows the link's view; a layout the user switches to, all of Ukraine.
    if (viewFromUrl && state.view) first.setView([state.view.lat, state.view.lng], state.view.zoom, { animate: false });
    else first.fitBounds(ukraine, { padding: [6, 6], animate: false });
    views.slice(1).forEach((v) => v.map.setView(first.getCenter(), first.getZoom(), { animate: false }));
    views.forEach((v) => {
      v.zoomClasses();
      v.fitDetail();
    });
    first.on('moveend', rememberView);
  }
  viewFromUrl = false;
  views.forEach((v) => v.drawLabels());
}

async function render() {
  const count = ++renderCount;
  main.setAttribute('aria-busy', 'true');
  applyStaticText();
  syncControls();
  chart.setRegions(regionList);
  updateChart();
  if (state.edit) {
    renderEditor(count);
    return;
  }
  if (editor) editor.close();
  $('#editor').hidden = true;
  $('#panel').hidden = false;
  const selected = state.ids.map((id) => byId.get(id));
  document.title = `${selected.map((p) => p.title).join(' · ')} — ${t('appTitle')}`;
  layoutMaps(selected.map((p) => p.title));
  const panel = $('#panel');
  try {
    const layer = state.layer;
    let reports;
    if (selected.length === 1) {
      const path = proposalPath(selected[0].id);
      const at = sharesAt(path, layer);
      const detail = views[0].wanted;
      const [report, features] = await Promise.all([getJson(withLayer(`${path}/area`, layer)), at(detail)]);
      if (count !== renderCount) return;
      reports = [report];
      views[0].showShares(features, at, detail);
      show(panel, singlePanel({ proposal: selected[0], report, features, basis: state.basis, layer }));
    } else {
      const comparison = await getJson(withLayer(`/compare?ids=${state.ids.map(encodeURIComponent).join(',')}`, layer));
      const used = layer || comparison.reports[0].layer.date;
      const ats = selected.map((p) => sharesAt(proposalPath(p.id), used));
      const details = ats.map((_, i) => views[i].wanted);
      const featureSets = await Promise.all(ats.map((at, i) => at(details[i])));
      if (count !== renderCount) return;
      reports = comparison.reports;
      featureSets.forEach((set, i) => views[i].showShares(set, ats[i], details[i]));
      comparison.differences.forEach((d, i) => views[selected.length + i].showTransfers(d.geojson));
      show(panel, comparePanel({ proposals: selected, comparison, featureSets, basis: state.basis, layer }));
    }
    const info = reports[0].layer;
    views.forEach((v) => v.flagApproximate(info.approximate));
    views[0].setAttribution(`${t('layer')}: ${info.source} (${date(info.date)})`);
    slider.set(info.date, { chosen: Boolean(state.layer), editing: false });
    chart.mark(info.date);
    shown = reports;
    showRegion();
    $('#status').textContent = selected.map((p) => p.title).join(' · ');
    main.setAttribute('aria-busy', 'false');
  } catch (error) {
    if (count === renderCount) fail(error.message);
  }
}

/** A proposal's shares on a layer at a detail (each fetched once). */
function sharesAt(path, layer) {
  return (detail) => getJson(withDetail(withLayer(`${path}/geojson`, layer), detail));
}

/** "Your proposal": one map, the editor instead of the figures panel. */
function renderEditor(count) {
  document.title = `${t('editorTitle')} — ${t('appTitle')}`;
  layoutMaps([t('editorTitle')]);
  views[0].sharesAt = null; // the editor's shapes stay as it draws them
  $('#panel').hidden = true;
  $('#editor').hidden = false;
  const layer = layerShown();
  const info = layers.find((l) => l.date === layer);
  views[0].flagApproximate(Boolean(info && info.approximate));
  if (info) views[0].setAttribution(`${t('layer')}: ${info.source} (${date(info.date)})`);
  chart.mark(layer);
  shown = null;
  showRegion();
  loadEditor()
    .then((e) => (count === renderCount ? e.open(views[0], layer, state.basis) : null))
    .catch((error) => fail(error.message))
    .finally(() => {
      if (count === renderCount) main.setAttribute('aria-busy', 'false');
    });
  $('#status').textContent = t('editorTitle');
}

/** The editor's code, loaded the first time it is opened (most visitors only read). */
async function loadEditor() {
  if (!editor) {
    const { Editor } = await import('./editor.js');
    if (!editor) {
      editor = new Editor({
        root: $('#editor'),
        onSaved,
        onReport: (report) => {
          shown = [report];
          showRegion();
        },
      });
      editor.setRegions(regionList, regions);
    }
  }
  return editor;
}

function updateChart() {
  chart.update({
    visible: layers.length > 1,
    open: Boolean(state.chart),
    region: state.chart === 'all' ? '' : state.chart,
    selected: layerShown(),
    basis: state.basis,
  });
}

/** The chart opened, closed, or given another region. */
function onChart(open, region) {
  const next = !open ? '' : region !== undefined ? (region || 'all') : (state.chart || 'all');
  if (next === state.chart) return;
  state.chart = next;
  writeUrl(false);
  updateChart();
}

function fail(message) {
  show($('#panel'), html`<p class="error" role="alert">${t('failed', { message })}</p>`);
  $('#panel').hidden = false;
  main.setAttribute('aria-busy', 'false');
}

function rememberView() {
  if (printing) return;
  const map = views[0].map;
  const c = map.getCenter();
  state.view = { lat: c.lat, lng: c.lng, zoom: map.getZoom() };
  writeUrl(false);
}

/** Printing: the maps take the print size and show what the screen showed; then go back. */
function onPrintMedia(event) {
  const map = views[0] && views[0].map;
  if (!map) return;
  if (event.matches) {
    printing = { center: map.getCenter(), zoom: map.getZoom(), bounds: map.getBounds() };
    views.forEach((v) => v.map.invalidateSize({ pan: false }));
    map.fitBounds(printing.bounds, { animate: false });
  } else if (printing) {
    views.forEach((v) => v.map.invalidateSize({ pan: false }));
    map.setView(printing.center, printing.zoom, { animate: false });
    printing = null;
  }
}

function onRegion(code, pin) {
  if (state.edit && document.querySelector('.map.drawing')) return;
  // In the editor, a region picked on a wide screen brings its row into view beside the map.
  if (pin && state.edit && editor && code && window.matchMedia('(min-width: 900px)').matches) editor.reveal(code);
  if (pin) pinned = code;
  else hovered = code;
  showRegion();
}

/** The box with the figures of the region pointed at (or picked), under each proposal shown. */
function showRegion() {
  const code = hovered || pinned;
  views.forEach((v) => v.highlight(code));
  const box = $('#region-info');
  if (!code || !shown) {
    box.hidden = true;
    return;
  }
  show(box, html`<button type="button" class="close" data-action="close" aria-label="${t('close')}">×</button>
    ${regionInfo(code, shown, state.basis, shown.length === 1)}${layers.length > 1
    ? html`<p><button type="button" class="link-button" data-chart-region="${code}">${t('overTime')}</button></p>` : ''}`);
  box.hidden = false;
}

function closeRegion() {
  hovered = null;
  pinned = null;
  showRegion();
}

function onClick(event) {
  const button = event.target.closest('button');
  if (!button) return;
  if (button.dataset.lang) {
    state.lang = button.dataset.lang;
    try { localStorage.setItem('lang', state.lang); } catch { /* storage may be off */ }
    update(true);
  } else if (button.dataset.region) {
    hovered = null;
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
    state.layer = '';
    update(true);
  }
}

/** After a save: the new proposal is listed, picked and shown. */
async function onSaved(id) {
  invalidate('/proposals');
  try {
    proposals = await getJson('/proposals');
  } catch (error) {
    fail(error.message);
    return;
  }
  byId = new Map(proposals.map((p) => [p.id, p]));
  fillControls();
  state.edit = false;
  state.ids = [id];
  state.layer = ''; // the proposal's own: the line it was drawn on
  update(true);
}

async function start() {
  installPatterns($('#patterns'));
  applyStaticText();
  slider = new LayerSlider({
    box: $('#layer-control'), input: $('#layer'), output: $('#layer-date'), ticks: $('#layer-ticks'), own: $('#layer-own'),
    onPick: onPickLayer,
  });
  chart = new TimelineChart({
    details: $('#timeline'), region: $('#timeline-region'), chart: $('#chart'), readout: $('#chart-readout'),
    key: $('#chart-key'), table: $('#timeline-table'),
    onPick: onPickLayer, onToggle: onChart,
  });
  // The whole country first (coarse), unless a link opens the map zoomed in.
  regionsDetail = state.view ? detailAt(state.view.zoom) : 'coarse';
  try {
    [proposals, regions, layers, regionList] = await Promise.all([
      getJson('/proposals'), regionsAt(regionsDetail), getJson('/layers'), getJson('/regions')]);
  } catch (error) {
    fail(error.message);
    return;
  }
  if (proposals.length === 0) {
    fail('GET /proposals: []');
    return;
  }
  byId = new Map(proposals.map((p) => [p.id, p]));
  regionList = regionList.map((r) => ({ ...r, id: r.id || r.code }));
  ukraine = L.geoJSON(regions).getBounds();
  fillControls();
  form.addEventListener('change', onControls);
  form.addEventListener('submit', (event) => event.preventDefault());
  document.addEventListener('click', onClick);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !$('#region-info').hidden && !document.querySelector('.map.drawing')) closeRegion();
  });
  window.addEventListener('popstate', () => {
    state = readUrl();
    viewFromUrl = true;
    if (state.view && views[0]) views[0].map.setView([state.view.lat, state.view.lng], state.view.zoom, { animate: false });
    update(false);
  });
  window.matchMedia('print').addEventListener('change', onPrintMedia);
  update(false);
}

start();
