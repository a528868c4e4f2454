// The map page: state in the URL, controls, maps and the figures panel.

import { getJson, withLayer, proposalPath } from './api.js';
import { LANGS, setLang, t, date } from './i18n.js';
import { MapView, installPatterns, synchronise } from './maps.js';
import { singlePanel, comparePanel, regionInfo, esc, badge, LETTERS } from './panels.js';

const $ = (selector) => document.querySelector(selector);
const main = $('#main');
const form = $('#controls');
const pickers = [$('#p0'), $('#p1'), $('#p2')];

let proposals = [];
let byId = new Map();
let layers = [];
let regions = null;
let ukraine = null; // the bounds of the 27 regions
let views = [];
let shown = null; // the reports of the current render, for the region box
let hovered = null;
let pinned = null;
let renderCount = 0;
let viewFromUrl = true; // the next new layout takes its view from the URL
let printing = null; // the screen view while the page is laid out for print

/** The page state, read from and written to the URL: ?p=a[,b[,c]]&layer=&basis=&lang=&v=lat,lng,zoom */
let state = readUrl();

function readUrl() {
  const q = new URLSearchParams(location.search);
  const v = (q.get('v') || '').split(',').map(Number);
  let saved = null;
  try { saved = localStorage.getItem('lang'); } catch { /* storage may be off */ }
  const preferred = q.get('lang') || saved || (navigator.language || '').slice(0, 2);
  return {
    ids: (q.get('p') || '').split(',').filter(Boolean).slice(0, 3),
    layer: q.get('layer') || '',
    basis: q.get('basis') === 'geodesic' ? 'geodesic' : 'official',
    lang: LANGS.includes(preferred) ? preferred : 'en',
    view: v.length === 3 && v.every(Number.isFinite) ? { lat: v[0], lng: v[1], zoom: v[2] } : null,
    tiles: q.get('tiles') ? { url: q.get('tiles'), attribution: q.get('tilesAttribution') || '' } : null,
  };
}

function urlOf(s) {
  const q = new URLSearchParams();
  q.set('p', s.ids.join(','));
  if (s.layer) q.set('layer', s.layer);
  if (s.basis !== 'official') q.set('basis', s.basis);
  q.set('lang', s.lang);
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

function applyStaticText() {
  setLang(state.lang);
  document.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  document.querySelectorAll('[data-lang]').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.lang === state.lang)));
  const compare = state.ids.length > 1;
  pickers.forEach((select, i) => {
    select.parentElement.querySelector('.picker-name').textContent = compare ? t('proposalN', { n: LETTERS[i] }) : t('proposal');
  });
  const own = $('#layer option[value=""]');
  if (own) own.textContent = t('layerOwn');
  const none = $('#p2 option[value=""]');
  if (none) none.textContent = t('none');
}

function fillControls() {
  const options = proposals.map((p) => `<option value="${esc(p.id)}" lang="en">${esc(p.title)}</option>`).join('');
  pickers[0].innerHTML = options;
  pickers[1].innerHTML = options;
  pickers[2].innerHTML = `<option value=""></option>${options}`;
  $('#layer').innerHTML = `<option value=""></option>${layers.map((l) => `<option value="${esc(l.date)}">`
    + `${esc(l.date)}${l.approximate ? ' ⚠' : ''}</option>`).join('')}`;
}

function syncControls() {
  const compare = state.ids.length > 1;
  form.elements.mode.value = compare ? 'compare' : 'single';
  form.elements.basis.value = state.basis;
  form.classList.toggle('comparing', compare);
  pickers.forEach((select, i) => {
    select.value = state.ids[i] || '';
    select.disabled = !compare && i > 0;
    for (const option of select.options) {
      option.disabled = option.value !== '' && state.ids.some((id, j) => j !== i && id === option.value && (compare || j === 0));
    }
  });
  $('#layer').value = layers.some((l) => l.date === state.layer) ? state.layer : '';
}

function onControls(event) {
  const target = event.target;
  if (target.name === 'mode') {
    const next = state.ids[1] || proposals.find((p) => p.id !== state.ids[0])?.id;
    state.ids = target.value === 'compare' && next ? [state.ids[0], next] : [state.ids[0]];
  } else if (target.name === 'basis') {
    state.basis = target.value;
  } else if (target.name === 'layer') {
    state.layer = target.value;
  } else if (pickers.includes(target)) {
    const ids = pickers.map((s) => s.value).slice(0, state.ids.length > 1 ? 3 : 1);
    state.ids = ids.filter(Boolean);
  }
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
    box.innerHTML = '<figure class="map-box"><figcaption></figcaption><div class="map"></div></figure>'.repeat(count);
  }
  // Captions first, so that each map has its final size when it is made.
  box.querySelectorAll('figure').forEach((figure, i) => {
    const compare = n > 1;
    figure.classList.toggle('difference-map', i >= n);
    figure.querySelector('figcaption').innerHTML = !compare ? ''
      : i < n ? `${badge(i)} <span lang="en">${esc(titles[i])}</span>`
        : `${badge(i - n + 1)} − ${badge(0)}: ${esc(t('assignedDifferently'))}`;
    const map = figure.querySelector('.map');
    map.setAttribute('role', 'region');
    map.setAttribute('aria-label', !compare || i < n ? t('mapOf', { title: titles[i] })
      : t('diffMapOf', { a: titles[0], b: titles[i - n + 1] }));
  });
  if (fresh) {
    // Leaflet shows attributions as HTML: the one from the URL is text.
    const tiles = state.tiles && { url: state.tiles.url, attribution: esc(state.tiles.attribution) };
    views = [...box.querySelectorAll('.map')].map((element, i) =>
      new MapView(element, { regions, tiles, onRegion, attribution: i === 0 }));
    synchronise(views);
    const first = views[0].map;
    // A layout opened from a link shows the link's view; a layout the user switches to, all of Ukraine.
    if (viewFromUrl && state.view) first.setView([state.view.lat, state.view.lng], state.view.zoom, { animate: false });
    else first.fitBounds(ukraine, { padding: [6, 6], animate: false });
    views.slice(1).forEach((v) => v.map.setView(first.getCenter(), first.getZoom(), { animate: false }));
    views.forEach((v) => v.zoomClasses());
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
  const selected = state.ids.map((id) => byId.get(id));
  document.title = `${selected.map((p) => p.title).join(' · ')} — ${t('appTitle')}`;
  layoutMaps(selected.map((p) => p.title));
  const panel = $('#panel');
  try {
    const layer = state.layer;
    let reports;
    if (selected.length === 1) {
      const path = proposalPath(selected[0].id);
      const [report, features] = await Promise.all([
        getJson(withLayer(`${path}/area`, layer)), getJson(withLayer(`${path}/geojson`, layer))]);
      if (count !== renderCount) return;
      reports = [report];
      views[0].showShares(features);
      panel.innerHTML = singlePanel({ proposal: selected[0], report, features, basis: state.basis, layer });
    } else {
      const comparison = await getJson(withLayer(`/compare?ids=${state.ids.map(encodeURIComponent).join(',')}`, layer));
      const used = layer || comparison.reports[0].layer.date;
      const featureSets = await Promise.all(selected.map((p) => getJson(withLayer(`${proposalPath(p.id)}/geojson`, used))));
      if (count !== renderCount) return;
      reports = comparison.reports;
      featureSets.forEach((set, i) => views[i].showShares(set));
      comparison.differences.forEach((d, i) => views[selected.length + i].showTransfers(d.geojson));
      panel.innerHTML = comparePanel({ proposals: selected, comparison, featureSets, basis: state.basis, layer });
    }
    const info = reports[0].layer;
    views.forEach((v) => v.flagApproximate(info.approximate));
    views[0].setAttribution(`${esc(t('layer'))}: ${esc(info.source)} (${esc(date(info.date))})`);
    shown = reports;
    showRegion();
    $('#status').textContent = selected.map((p) => p.title).join(' · ');
    main.setAttribute('aria-busy', 'false');
  } catch (error) {
    if (count === renderCount) fail(error.message);
  }
}

function fail(message) {
  $('#panel').innerHTML = `<p class="error" role="alert">${esc(t('failed', { message }))}</p>`;
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
  box.innerHTML = `<button type="button" class="close" data-action="close" aria-label="${esc(t('close'))}">×</button>`
    + regionInfo(code, shown, state.basis, shown.length === 1);
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
  } else if (button.dataset.action === 'close') {
    closeRegion();
  } else if (button.dataset.action === 'print') {
    window.print();
  }
}

async function start() {
  installPatterns($('#patterns'));
  applyStaticText();
  try {
    [proposals, regions, layers] = await Promise.all([getJson('/proposals'), getJson('/regions.geojson'), getJson('/layers')]);
  } catch (error) {
    fail(error.message);
    return;
  }
  if (proposals.length === 0) {
    fail('GET /proposals: []');
    return;
  }
  byId = new Map(proposals.map((p) => [p.id, p]));
  ukraine = L.geoJSON(regions).getBounds();
  fillControls();
  $('.layer').hidden = layers.length < 2;
  form.addEventListener('change', onControls);
  form.addEventListener('submit', (event) => event.preventDefault());
  document.addEventListener('click', onClick);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !$('#region-info').hidden) closeRegion();
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
