// "Your proposal": the user builds a proposal definition (the JSON of seeds/proposals/*.json) from
// regions, their occupied or held parts and polygons drawn on the map; POST /proposals/preview
// gives the figures as it goes, POST /proposals saves it with the write token.
//
// Everything the user types is shown back as text (dom.js), never parsed as HTML. The draft is kept
// in sessionStorage, the token too (never in the URL), so both end with the tab.

import { getJson, postJson } from './api.js';
import { t, tr, statusName, km2, date, regionName } from './i18n.js';
import { html, show, fill } from './dom.js';
import { headline, change, basisNote, layerLine, PARTIES } from './panels.js';
import { partyColor, swatch, DRAWN } from './maps.js';
import { PolygonDrawing } from './draw.js';

const L = window.L;
const STATUSES = ['de-jure', 'de-facto', 'frozen', 'returned', 'demilitarized'];
const SCOPES = ['', 'whole', 'occupied', 'held', 'parts'];
const DRAFT_KEY = 'territorymap.draft';
const TOKEN_KEY = 'territorymap.token';
const PREVIEW_DELAY = 450;
const NO_SHAPES = { type: 'FeatureCollection', features: [] };

const session = {
  get(key) {
    try { return sessionStorage.getItem(key); } catch { return null; }
  },
  set(key, value) {
    try {
      if (value === null || value === '') sessionStorage.removeItem(key);
      else sessionStorage.setItem(key, value);
    } catch { /* storage may be off: the draft then lives as long as the page */ }
  },
};

const today = () => new Date().toISOString().slice(0, 10);

function emptyDraft() {
  return { id: '', tag: newTag(), title: '', date: today(), summary: '', unassigned: 'status-quo', sources: [], terms: {}, areas: [] };
}

function loadDraft() {
  try {
    const saved = JSON.parse(session.get(DRAFT_KEY));
    if (saved && typeof saved === 'object' && saved.terms && Array.isArray(saved.areas)) return { ...emptyDraft(), ...saved };
  } catch { /* a broken draft is dropped */ }
  return emptyDraft();
}

/**
 * An id from a title: lower-case ASCII letters, digits and hyphens; for a title with none of those
 * (e.g. in Cyrillic), "proposal-" and the draft's own random tag.
 */
function slug(title, tag) {
  const s = title.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
  return s.length >= 3 ? s : `proposal-${tag}`;
}

const newTag = () => Math.random().toString(36).slice(2, 8).padEnd(6, '0');

/** The default status for a party on a part of a region. */
function defaultStatus(party, part) {
  if (party === 'russia') return 'de-jure';
  if (party === 'demilitarized') return 'demilitarized';
  return part === 'occupied' ? 'returned' : 'de-jure';
}

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

export class Editor {
  /**
   * @param root the editor's section
   * @param onSaved called with a saved proposal's id
   * @param onReport called with each preview's report (or null), for the region box
   */
  constructor({ root, onSaved, onReport }) {
    this.root = root;
    this.onSaved = onSaved;
    this.onReport = onReport;
    this.draft = loadDraft();
    this.fields = [];
    this.timer = null;
    this.controller = null;
    this.report = null;
    this.shapes = null; // the last preview's shares (GeoJSON), drawn until the next one comes
    this.pending = false; // a change not previewed yet
    this.built = null;
    this.drawing = null;
    root.addEventListener('input', (e) => this.onInput(e));
    root.addEventListener('change', (e) => this.onInput(e));
    root.addEventListener('click', (e) => this.onClick(e));
    root.addEventListener('submit', (e) => {
      e.preventDefault();
      this.save();
    });
  }

  /** The regions (GET /regions) and their display geometry (GET /regions.geojson), for their bounds. */
  setRegions(regions, features) {
    this.regions = regions;
    this.boxes = new Map(features.features.map((f) => [f.id, bbox(f.geometry.coordinates)]));
  }

  /** Shows the editor on a map view, its terms referring to the layer of `layer`. */
  async open(view, layer, basis) {
    const relabel = this.built !== document.documentElement.lang;
    const moved = this.layer !== layer;
    this.view = view;
    this.layer = layer;
    this.basis = basis;
    if (relabel) this.build();
    this.root.querySelector('.layer-note').textContent = t('editorLayer', { date: date(layer) });
    this.drawMap();
    if (relabel || moved || !this.report || this.problem) this.preview(0);
    else this.showFigures();
    try {
      const area = await getJson(`/layers/${encodeURIComponent(layer)}/area`);
      if (this.layer !== layer) return;
      for (const r of area.regions) {
        const cell = this.root.querySelector(`.term[data-region="${CSS.escape(r.code)}"] .term-occupied`);
        if (cell) cell.textContent = r.occupied.officialKm2 > 0 ? t('occupiedKm2', { km2: km2(r.occupied.officialKm2) }) : '';
      }
    } catch { /* the occupied figures are a guide only */ }
  }

  /** Leaves the editor: stops any drawing and takes its shapes off the map. */
  close() {
    if (this.drawing) this.drawing.cancel();
    if (this.controller) this.controller.abort();
    clearTimeout(this.timer);
    if (this.view) this.view.markStale('');
    this.view = null;
  }

  /** Brings a region's row into view (a region picked on the map), marking it for a moment. */
  reveal(code) {
    const row = this.root.querySelector(`.term[data-region="${CSS.escape(code)}"]`);
    if (!row) return;
    row.scrollIntoView({ block: 'center', behavior: 'smooth' });
    row.classList.remove('flash');
    void row.offsetWidth; // restart the animation
    row.classList.add('flash');
  }

  // ---- The form ----

  build() {
    this.built = document.documentElement.lang;
    const d = this.draft;
    const sorted = [...this.regions].sort((a, b) => regionName(a).localeCompare(regionName(b)));
    show(this.root, html`<h2>${t('editorTitle')}</h2>
      <p class="hint">${t('editorIntro')}</p>
      <section id="editor-figures" class="editor-figures" aria-live="polite" aria-atomic="false"></section>
      <div id="editor-change" class="editor-change"></div>
      <div id="editor-warnings" class="warnings" aria-live="polite" hidden></div>
      <form id="editor-form" class="editor-form" novalidate>
        <div class="field"><label for="ed-title">${t('fieldTitle')}</label>
          <input id="ed-title" name="title" maxlength="300" required value="${d.title}" aria-describedby="ed-title-error">
          <p class="field-error" id="ed-title-error"></p></div>
        <div class="field"><label for="ed-summary">${t('fieldSummary')}</label>
          <textarea id="ed-summary" name="summary" rows="3" required aria-describedby="ed-summary-error"></textarea>
          <p class="field-error" id="ed-summary-error"></p></div>
        <div class="field-row">
          <div class="field"><label for="ed-date">${t('fieldDate')}</label>
            <input id="ed-date" name="date" type="date" value="${d.date}" aria-describedby="ed-date-error">
            <p class="field-error" id="ed-date-error"></p></div>
          <div class="field"><label for="ed-id">${t('fieldId')}</label>
            <input id="ed-id" name="id" maxlength="80" value="${d.id}"
              placeholder="${slug(d.title, d.tag)}" autocomplete="off" spellcheck="false" aria-describedby="ed-id-hint ed-id-error">
            <p class="hint" id="ed-id-hint">${t('fieldIdHint')}</p>
            <p class="field-error" id="ed-id-error"></p></div>
        </div>
        <p class="layer-note"></p>
        <p class="field-error" id="ed-layer-error"></p>
        <fieldset class="unassigned"><legend>${t('unassigned')}</legend>
          <label><input type="radio" name="unassigned" value="status-quo"> ${t('unassignedStatusQuo')}</label>
          <label><input type="radio" name="unassigned" value="ukraine"> ${t('unassignedUkraine')}</label>
          <p class="field-error" id="ed-unassigned-error"></p>
        </fieldset>
        <h3>${t('regionTerms')}</h3>
        <p class="hint">${t('regionTermsHint')}</p>
        <p class="hint">${t('mapPreviewHint')}</p>
        <div class="terms">${sorted.map((r) => this.termRow(r))}</div>
        <h3>${t('drawnAreas')}</h3>
        <p class="hint">${t('drawnAreasHint')}</p>
        <p class="hint">${swatch('none', { width: DRAWN.weight, dash: DRAWN.dash })} ${t('drawnOutlineHint')}</p>
        <ol class="areas"></ol>
        <p><button type="button" class="secondary" data-editor="draw">${t('drawArea')}</button></p>
        <h3>${t('sources')}</h3>
        <ol class="ed-sources"></ol>
        <p><button type="button" class="secondary" data-editor="add-source">${t('addSource')}</button></p>
        <details class="definition"><summary>${t('definitionJson')}</summary><pre id="editor-json"></pre></details>
        <h3>${t('saveHeading')}</h3>
        <div class="field"><label for="ed-token">${t('fieldToken')}</label>
          <input id="ed-token" name="token" type="password" autocomplete="off" spellcheck="false"
            aria-describedby="ed-token-hint ed-token-error">
          <p class="hint" id="ed-token-hint">${t('fieldTokenHint')}</p>
          <p class="field-error" id="ed-token-error"></p></div>
        <p class="actions"><button type="submit" class="primary" id="ed-save">${t('saveProposal')}</button>
          <button type="button" class="secondary" data-editor="reset">${t('resetDraft')}</button></p>
        <div id="editor-result" class="editor-result" role="alert"></div>
      </form>`);
    this.root.querySelector('#ed-summary').value = d.summary;
    this.root.querySelector('#ed-token').value = session.get(TOKEN_KEY) || '';
    this.root.querySelector(`input[name="unassigned"][value="${d.unassigned === 'ukraine' ? 'ukraine' : 'status-quo'}"]`).checked = true;
    for (const r of this.regions) this.syncTerm(r.id);
    this.drawAreas();
    this.drawSources();
    this.showJson();
  }

  termRow(region) {
    const id = region.id;
    const name = regionName(region);
    const pair = (part) => html`<span class="pair" data-part="${part}"><span class="part-name"></span>
      <select name="party" aria-label="${t('whoGetsIt', { region: name })}">${PARTIES.map((p) =>
        html`<option value="${p}">${t(p)}</option>`)}</select>
      <select name="status" aria-label="${t('onWhatTerms', { region: name })}">${STATUSES.map((s) =>
        html`<option value="${s}">${statusName(s)}</option>`)}</select></span>`;
    return html`<div class="term" data-region="${id}">
      <div class="term-head"><span class="term-name" id="ed-${id}-name">${name}</span>
        <span class="term-occupied"></span></div>
      <div class="term-body">
        <select name="scope" aria-label="${t('termsFor', { region: name })}" aria-describedby="ed-${id}-error">${SCOPES.map((s) =>
          html`<option value="${s}">${t(`scope-${s || 'none'}`)}</option>`)}</select>
        ${pair('a')}${pair('b')}
      </div>
      <p class="field-error" id="ed-${id}-error"></p></div>`;
  }

  /** Puts a region's term from the draft into its row. */
  syncTerm(code) {
    const row = this.root.querySelector(`.term[data-region="${CSS.escape(code)}"]`);
    if (!row) return;
    const term = this.draft.terms[code];
    const scope = term ? term.scope : '';
    row.querySelector('select[name="scope"]').value = scope;
    row.classList.toggle('named', Boolean(term));
    const [a, b] = row.querySelectorAll('.pair');
    a.hidden = !term;
    b.hidden = !term || scope !== 'parts';
    a.querySelector('.part-name').textContent = scope === 'parts' ? t('occupiedPart') : '';
    b.querySelector('.part-name').textContent = t('heldPart');
    // Each select says which region, and which part of it, it is for.
    const name = row.querySelector('.term-name').textContent;
    const partA = { occupied: t('partOccupied'), held: t('partHeld'), parts: t('partOccupied') }[scope];
    const label = (pair, part) => {
      const region = part ? `${name}, ${part}` : name;
      pair.querySelector('[name="party"]').setAttribute('aria-label', t('whoGetsIt', { region }));
      pair.querySelector('[name="status"]').setAttribute('aria-label', t('onWhatTerms', { region }));
    };
    label(a, partA);
    label(b, t('partHeld'));
    if (term) {
      a.querySelector('[name="party"]').value = term.party;
      a.querySelector('[name="status"]').value = term.status;
      if (scope === 'parts') {
        b.querySelector('[name="party"]').value = term.party2;
        b.querySelector('[name="status"]').value = term.status2;
      }
    }
  }

  drawAreas() {
    const list = this.root.querySelector('.areas');
    show(list, this.draft.areas.map((area, i) => html`<li class="area" data-area="${i}">
      <span class="area-name">${t('areaN', { n: i + 1 })}</span>
      <span class="area-size">${t('corners', { n: area.polygon.coordinates[0].length - 1 })}</span>
      <span class="pair"><select name="party" aria-label="${t('areaWho', { n: i + 1 })}">${PARTIES.map((p) =>
        html`<option value="${p}">${t(p)}</option>`)}</select>
      <select name="status" aria-label="${t('areaTerms', { n: i + 1 })}">${STATUSES.map((s) =>
        html`<option value="${s}">${statusName(s)}</option>`)}</select></span>
      <input name="note" maxlength="500" placeholder="${t('noteOptional')}" aria-label="${t('areaNote', { n: i + 1 })}">
      <span class="area-buttons"><button type="button" class="secondary" data-editor="zoom-area">${t('showOnMap')}</button>
      <button type="button" class="secondary" data-editor="remove-area">${t('remove')}</button></span>
      <p class="field-error" id="ed-area-${i}-error"></p></li>`));
    list.querySelectorAll('.area').forEach((item, i) => {
      const area = this.draft.areas[i];
      item.querySelector('[name="party"]').value = area.party;
      item.querySelector('[name="status"]').value = area.status;
      item.querySelector('[name="note"]').value = area.note || '';
    });
  }

  drawSources() {
    const list = this.root.querySelector('.ed-sources');
    show(list, this.draft.sources.map((s, i) => html`<li class="ed-source" data-source="${i}">
      <div class="field-row">
        <div class="field"><label for="ed-source-${i}-publisher">${t('sourcePublisher')}</label>
          <input id="ed-source-${i}-publisher" name="publisher" maxlength="200"></div>
        <div class="field"><label for="ed-source-${i}-date">${t('fieldDate')}</label>
          <input id="ed-source-${i}-date" name="date" type="date"></div></div>
      <div class="field"><label for="ed-source-${i}-title">${t('sourceTitle')}</label>
        <input id="ed-source-${i}-title" name="title" maxlength="500"></div>
      <div class="field"><label for="ed-source-${i}-url">${t('sourceUrl')}</label>
        <input id="ed-source-${i}-url" name="url" type="url" placeholder="https://…" maxlength="2000"></div>
      <p class="field-error" id="ed-source-${i}-error"></p>
      <button type="button" class="secondary" data-editor="remove-source">${t('removeSource')}</button></li>`));
    list.querySelectorAll('.ed-source').forEach((item, i) => {
      for (const name of ['publisher', 'date', 'title', 'url']) item.querySelector(`[name="${name}"]`).value = this.draft.sources[i][name] || '';
    });
  }

  onInput(event) {
    const target = event.target;
    if (!target.name) return;
    const d = this.draft;
    let figures = false;
    const term = target.closest('.term');
    const area = target.closest('.area');
    const source = target.closest('.ed-source');
    if (target.name === 'token') {
      session.set(TOKEN_KEY, target.value.trim());
      this.clearError('token');
      return;
    }
    if (term) {
      if (event.type !== 'change') return;
      this.readTerm(term);
      figures = true;
    } else if (area) {
      const i = Number(area.dataset.area);
      d.areas[i][target.name] = target.value;
      if (target.name === 'party') {
        d.areas[i].status = defaultStatus(target.value, 'area');
        area.querySelector('[name="status"]').value = d.areas[i].status;
      }
      figures = target.name !== 'note';
      if (figures && event.type !== 'change') return;
    } else if (source) {
      d.sources[Number(source.dataset.source)][target.name] = target.value;
    } else if (target.name === 'unassigned') {
      d.unassigned = target.value;
      figures = true;
    } else if (['title', 'summary', 'date', 'id'].includes(target.name)) {
      d[target.name] = target.name === 'id' ? target.value.trim() : target.value;
      if (target.name === 'title') this.root.querySelector('#ed-id').placeholder = slug(d.title, d.tag);
      this.clearError(target.name);
    }
    session.set(DRAFT_KEY, JSON.stringify(d));
    this.showJson();
    if (figures) this.preview();
  }

  /** Reads a region's row into the draft, filling in defaults where the scope changed. */
  readTerm(row) {
    const code = row.dataset.region;
    const scope = row.querySelector('select[name="scope"]').value;
    const [a, b] = row.querySelectorAll('.pair');
    const old = this.draft.terms[code];
    if (!scope) {
      delete this.draft.terms[code];
    } else {
      const part = scope === 'parts' ? 'occupied' : scope;
      let party = old ? a.querySelector('[name="party"]').value : 'russia';
      let status = old ? a.querySelector('[name="status"]').value : defaultStatus(party, part);
      if (old && old.party !== party) status = defaultStatus(party, part);
      const term = { scope, party, status };
      if (scope === 'parts') {
        const had = old && old.scope === 'parts';
        term.party2 = had ? b.querySelector('[name="party"]').value : 'ukraine';
        term.status2 = had ? b.querySelector('[name="status"]').value : defaultStatus(term.party2, 'held');
        if (had && old.party2 !== term.party2) term.status2 = defaultStatus(term.party2, 'held');
      }
      this.draft.terms[code] = term;
    }
    this.clearError(`region:${code}`);
    this.syncTerm(code);
  }

  onClick(event) {
    const action = event.target.closest('button')?.dataset.editor;
    if (!action) return;
    const d = this.draft;
    if (action === 'draw') {
      this.startDrawing();
      return;
    }
    if (action === 'add-source') {
      d.sources.push({ publisher: '', title: '', date: today(), url: '' });
      this.drawSources();
      this.root.querySelector(`#ed-source-${d.sources.length - 1}-publisher`).focus();
    } else if (action === 'remove-source') {
      d.sources.splice(Number(event.target.closest('.ed-source').dataset.source), 1);
      this.drawSources();
      this.root.querySelector('[data-editor="add-source"]').focus();
    } else if (action === 'remove-area') {
      d.areas.splice(Number(event.target.closest('.area').dataset.area), 1);
      this.drawAreas();
      this.drawMap();
      this.root.querySelector('[data-editor="draw"]').focus();
      this.preview();
    } else if (action === 'zoom-area') {
      const area = d.areas[Number(event.target.closest('.area').dataset.area)];
      if (this.view) this.view.map.fitBounds(L.geoJSON(area.polygon).getBounds(), { padding: [30, 30], maxZoom: 9 });
      return;
    } else if (action === 'reset') {
      if (!window.confirm(t('resetConfirm'))) return;
      this.draft = emptyDraft();
      this.build();
      this.drawMap();
      this.preview(0);
    }
    session.set(DRAFT_KEY, JSON.stringify(d === this.draft ? d : this.draft));
    this.showJson();
  }

  startDrawing() {
    if (!this.view || this.drawing) return;
    const button = this.root.querySelector('[data-editor="draw"]');
    button.disabled = true;
    this.view.map.getContainer().scrollIntoView({ block: 'nearest' });
    this.drawing = new PolygonDrawing(this.view.map, partyColor('demilitarized'), (polygon) => {
      this.drawing = null;
      button.disabled = false;
      if (!polygon) {
        button.focus();
        return;
      }
      this.draft.areas.push({ polygon, party: 'demilitarized', status: 'demilitarized', note: '' });
      session.set(DRAFT_KEY, JSON.stringify(this.draft));
      this.drawAreas();
      this.drawMap();
      this.showJson();
      this.preview(0);
      this.root.querySelector('.areas li:last-child select[name="party"]').focus();
    });
    this.view.map.getContainer().focus({ preventScroll: true });
  }

  // ---- The definition ----

  /**
   * The definition the draft makes, and for each assignment the control it came from (to show a
   * problem the server names, e.g. "assignments[2].territory", next to it). Drawn areas take
   * precedence: they are cut out of the region terms whose bounds they touch.
   */
  definition(forPreview = false) {
    const d = this.draft;
    const fields = [];
    const assignments = [];
    const polygons = d.areas.map((a) => ({ polygon: a.polygon, box: bbox(a.polygon.coordinates) }));
    const cut = (territory, code) => {
      const inside = polygons.filter((p) => overlaps(p.box, this.boxes.get(code) || p.box)).map((p) => ({ polygon: p.polygon }));
      return inside.length ? { difference: [territory, ...inside] } : territory;
    };
    const term = (territory, code, party, status) => {
      assignments.push({ territory: cut(territory, code), party, status });
      fields.push(`region:${code}`);
    };
    for (const r of this.regions) {
      const x = d.terms[r.id];
      if (!x) continue;
      if (x.scope === 'whole' || (x.scope === 'parts' && x.party === x.party2 && x.status === x.status2)) {
        term(r.id, r.id, x.party, x.status);
      } else if (x.scope === 'occupied' || x.scope === 'held') {
        term({ [x.scope]: r.id }, r.id, x.party, x.status);
      } else if (x.scope === 'parts') {
        term({ occupied: r.id }, r.id, x.party, x.status);
        term({ held: r.id }, r.id, x.party2, x.status2);
      }
    }
    d.areas.forEach((a, i) => {
      const assignment = { territory: { polygon: a.polygon }, party: a.party, status: a.status };
      if (a.note && a.note.trim()) assignment.note = a.note.trim();
      assignments.push(assignment);
      fields.push(`area:${i}`);
    });
    const title = d.title.trim();
    const definition = {
      id: d.id || slug(title, d.tag),
      title: title || (forPreview ? t('untitled') : ''),
      date: d.date || today(),
      summary: d.summary.trim() || (forPreview ? '—' : ''),
      sources: d.sources.map((s) => ({ publisher: s.publisher.trim(), title: s.title.trim(), date: s.date, url: s.url.trim() || null })),
      layer: this.layer,
      unassigned: d.unassigned,
      assignments,
    };
    if (forPreview) {
      // The figures do not depend on the words: a draft without them is still previewed.
      if (!/^[a-z0-9][a-z0-9-]{0,79}$/.test(definition.id)) definition.id = 'preview';
      definition.sources = [];
    }
    return { definition, fields };
  }

  showJson() {
    const pre = this.root.querySelector('#editor-json');
    if (pre) pre.textContent = JSON.stringify(this.definition().definition, null, 2);
  }

  // ---- Figures ----

  /** Asks for the figures after a pause (the last change wins; older requests are dropped). */
  preview(delay = PREVIEW_DELAY) {
    clearTimeout(this.timer);
    this.root.querySelectorAll('#editor-figures, #editor-change').forEach((box) => box.classList.add('stale'));
    this.pending = true;
    this.markMap();
    this.timer = setTimeout(() => this.fetchPreview(), delay);
  }

  async fetchPreview() {
    if (this.controller) this.controller.abort();
    const controller = new AbortController();
    this.controller = controller;
    const { definition, fields } = this.definition(true);
    let answer;
    try {
      answer = await postJson('/proposals/preview', definition, { signal: controller.signal });
    } catch {
      return; // superseded by a newer request
    }
    if (controller !== this.controller || !this.view) return;
    this.controller = null;
    this.pending = false;
    this.clearErrors(true);
    const box = this.root.querySelector('#editor-figures');
    if (answer.ok) {
      this.report = answer.body.report;
      this.warnings = answer.body.warnings || [];
      this.fieldsShown = fields;
      this.problem = null;
      this.shapes = answer.body.geojson || NO_SHAPES;
      this.showFigures();
      this.drawMap();
      this.onReport(this.report);
    } else {
      this.problem = answer.problem;
      this.markMap(); // the last good shapes stay, marked as out of date
      this.showProblem(answer, fields, false);
      this.root.querySelectorAll('#editor-figures, #editor-change').forEach((el) => {
        el.classList.remove('stale');
        el.classList.add('failed');
      });
      const note = box.querySelector('.preview-problem') || box.appendChild(document.createElement('p'));
      note.className = 'preview-problem error';
      note.textContent = t('previewFailed', { detail: this.humanize(answer.problem.detail || answer.problem.title, fields) });
    }
  }

  showFigures() {
    const box = this.root.querySelector('#editor-figures');
    if (!box || !this.report) return;
    const r = this.report;
    this.root.querySelectorAll('#editor-figures, #editor-change').forEach((el) => el.classList.remove('stale', 'failed'));
    show(box, html`<div id="headline" class="figures">${headline(r, this.basis)}</div>`);
    show(this.root.querySelector('#editor-change'), html`${change(r, this.basis)}${basisNote(r, this.basis)}${layerLine(r.layer)}`);
    // Repairs and clippings, once per drawn area: a region term's copy of an area (cut out of it) says the same.
    const own = (w) => {
      const m = /^assignments\[(\d+)\]\.territory\.difference\[[1-9]/.exec(w);
      return !(m && this.fieldsShown && String(this.fieldsShown[Number(m[1])]).startsWith('region:'));
    };
    const warnings = (this.warnings || []).filter(own).map((w) => html`<li>${this.explainField(w)}</li>`);
    const list = this.root.querySelector('#editor-warnings');
    list.hidden = warnings.length === 0;
    show(list, warnings.length ? html`<h4>${t('warnings')}</h4><ul>${warnings}</ul>` : '');
  }

  /**
   * A problem's detail as the server words it, for the slot next to a control: without the leading
   * "id: " and with "assignments[3].territory" named as the region or area it came from.
   */
  humanize(detail, fields) {
    return String(detail).replace(/^(request body|[a-z0-9-]+): (?=\S)/, '')
      .replace(/assignments\[(\d+)\](\.territory)?/g, (all, n) => (fields[Number(n)] ? this.fieldName(fields[Number(n)]) : all));
  }

  /** A warning as the server words it, with "assignments[3]…" named as the control it came from. */
  explainField(text) {
    const m = /^assignments\[(\d+)\]/.exec(text);
    const key = m && this.fieldsShown ? this.fieldsShown[Number(m[1])] : null;
    return key ? `${this.fieldName(key)}: ${text}` : text;
  }

  fieldName(key) {
    if (key.startsWith('region:')) {
      const r = this.regions.find((x) => x.id === key.slice(7));
      return r ? regionName(r) : key;
    }
    if (key.startsWith('area:')) return t('areaN', { n: Number(key.slice(5)) + 1 });
    return key;
  }

  // ---- Problems ----

  /** The control a problem's field names: an input, a region's row, a drawn area, a source. */
  target(field, fields) {
    if (!field) return null;
    const assignment = /^assignments\[(\d+)\]/.exec(field);
    if (assignment) {
      const key = fields[Number(assignment[1])];
      if (!key) return null;
      if (key.startsWith('region:')) {
        const code = key.slice(7);
        return { slot: `ed-${code}-error`, control: this.root.querySelector(`.term[data-region="${CSS.escape(code)}"] select[name="scope"]`) };
      }
      const i = key.slice(5);
      return { slot: `ed-area-${i}-error`, control: this.root.querySelector(`.area[data-area="${i}"] select[name="party"]`) };
    }
    const source = /^sources\[(\d+)\](?:\.(\w+))?/.exec(field);
    if (source) {
      return { slot: `ed-source-${source[1]}-error`, control: this.root.querySelector(`#ed-source-${source[1]}-${source[2] || 'publisher'}`) };
    }
    const name = field.replace(/^\$\.?/, '').split(/[.[]/)[0];
    if (['title', 'summary', 'date', 'id', 'unassigned', 'token'].includes(name)) {
      return { slot: `ed-${name}-error`, control: this.root.querySelector(name === 'unassigned' ? 'input[name="unassigned"]:checked' : `#ed-${name}`) };
    }
    if (name === 'layer') return { slot: 'ed-layer-error', control: document.getElementById('layer') };
    if (/^authorization$/i.test(name)) return { slot: 'ed-token-error', control: this.root.querySelector('#ed-token') };
    return null;
  }

  /** Shows a problem next to the control at fault (if the server named one) and, on save, in the result box. */
  showProblem(answer, fields, saving) {
    const { problem, status } = answer;
    let field = problem.field;
    if (!field && (status === 401 || status === 403)) field = 'token';
    const where = this.target(field, fields);
    const message = this.humanize(problem.detail || problem.title, fields);
    if (where) {
      const slot = this.root.querySelector(`#${where.slot}`);
      if (slot) slot.textContent = message;
      if (where.control) {
        where.control.setAttribute('aria-invalid', 'true');
        where.control.closest('.term, .area, .ed-source, .field, fieldset')?.classList.add('invalid');
        if (saving) where.control.focus();
      }
    }
    if (!saving) return;
    const result = this.root.querySelector('#editor-result');
    const lead = {
      401: t('problem401'), 403: t('problem403'), 409: t('problem409'), 422: t('problem422'), 0: t('problemNetwork'),
    }[status] || t('problemOther', { status });
    show(result, html`<div class="problem" data-status="${status}"><p><strong>${lead}</strong></p>
      <p class="problem-title">${problem.title}${field ? html` <code>${field}</code>` : ''}</p>
      <p class="problem-detail">${problem.detail}</p></div>`);
  }

  /** Clears the problem shown for a field ('title', 'token', …) or a region ('region:UA-23'). */
  clearError(key) {
    const slot = this.root.querySelector(`#${CSS.escape(key.startsWith('region:') ? `ed-${key.slice(7)}-error` : `ed-${key}-error`)}`);
    if (!slot) return;
    slot.textContent = '';
    const box = slot.closest('.term, .area, .ed-source, .field, fieldset');
    if (box) {
      box.classList.remove('invalid');
      box.querySelectorAll('[aria-invalid]').forEach((c) => c.removeAttribute('aria-invalid'));
    }
  }

  /** Clears the errors shown; those of the title, summary, id and token stay until a save or an edit. */
  clearErrors(termsOnly) {
    this.root.querySelectorAll('.field-error').forEach((slot) => {
      if (termsOnly && /^ed-(title|summary|id|date|token|source-\d+)-error$/.test(slot.id)) return;
      slot.textContent = '';
    });
    this.root.querySelectorAll('.invalid').forEach((el) => {
      if (!termsOnly || el.matches('.term, .area, .unassigned')) el.classList.remove('invalid');
    });
    this.root.querySelectorAll('[aria-invalid]').forEach((el) => {
      if (!termsOnly || el.closest('.term, .area, .unassigned')) el.removeAttribute('aria-invalid');
    });
  }

  // ---- Saving ----

  async save() {
    this.clearErrors(false);
    const result = this.root.querySelector('#editor-result');
    result.replaceChildren();
    const { definition, fields } = this.definition(false);
    const token = this.root.querySelector('#ed-token').value.trim();
    const missing = [['title', definition.title], ['summary', definition.summary], ['token', token]].find(([, v]) => !v);
    if (missing) {
      const where = this.target(missing[0], fields);
      this.root.querySelector(`#${where.slot}`).textContent = t(`required-${missing[0]}`);
      where.control.setAttribute('aria-invalid', 'true');
      where.control.closest('.field').classList.add('invalid');
      where.control.focus();
      result.textContent = t('fixFields');
      return;
    }
    const button = this.root.querySelector('#ed-save');
    button.disabled = true;
    result.textContent = t('saving');
    try {
      const answer = await postJson('/proposals', definition, { token });
      if (answer.ok) {
        const id = answer.body.id;
        show(result, html`<p class="saved">${fill(tr('savedAs'), { id: html`<code>${id}</code>` })}</p>`);
        this.draft = emptyDraft();
        session.set(DRAFT_KEY, null);
        this.built = null;
        this.report = null;
        this.shapes = null;
        this.onSaved(id);
      } else {
        result.replaceChildren();
        this.showProblem(answer, fields, true);
      }
    } finally {
      button.disabled = false;
    }
  }

  // ---- The map ----

  /**
   * The draft on the map: the last preview's shares as the server made them (a region's occupied or
   * held part, drawn areas repaired and clipped), styled as a saved proposal's; over them, the areas
   * as drawn. Until a newer preview comes, or while the draft has a problem, the shares are marked
   * out of date.
   */
  drawMap() {
    if (!this.view) return;
    this.view.showShares(this.shapes || NO_SHAPES);
    this.view.showDrawn(this.draft.areas.map((a) => a.polygon));
    this.markMap();
  }

  markMap() {
    if (this.view) this.view.markStale(this.problem ? 'failed' : this.pending ? 'stale' : '');
  }
}
