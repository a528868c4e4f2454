// "Your proposal": the user builds a proposal definition (the JSON of seeds/proposals/*.json) from
// regions, their occupied or held parts and polygons drawn on the map; POST /proposals/preview
// gives the figures as it goes, POST /proposals saves it with the write token. A stored proposal
// can be loaded back into the form and saved with PUT and If-Match: if someone changed it since it
// was loaded, the server answers 412 and the user chooses to load theirs or to overwrite it.
//
// This module ties the parts together: the draft (draft.js), the definition it makes
// (definition.js), the form (editor-form.js), the problems shown in it (editor-problems.js), the
// figures and the map. Everything the user types is shown back as text (dom.js), never parsed as
// HTML.

import { getJson, postJson, putJson, getDefinition, proposalPath } from './api.js';
import { t, tr, km2, date, regionName } from './i18n.js';
import { html, show, fill } from './dom.js';
import { headline, change, basisNote, layerLine } from './panels.js';
import { partyColor } from './maps.js';
import {
  emptyDraft, loadDraft, storeDraft, forgetDraft, loadToken, storeToken, slug, today, defaultTerms, nextTerm,
} from './draft.js';
import { definitionOf, draftOf, regionBoxes } from './definition.js';
import {
  editorForm, fillForm, termRowOf, syncTerm, readPair, drawAreas, syncArea, drawSources,
} from './editor-form.js';
import { ProblemDisplay } from './editor-problems.js';

const L = window.L;
const PREVIEW_DELAY = 450;
const NO_SHAPES = { type: 'FeatureCollection', features: [] };

export class Editor {
  /**
   * @param root the editor's section
   * @param regions GET /regions
   * @param features GET /regions.geojson (at any detail), for the regions' bounds
   * @param onSaved called with a saved proposal's id
   * @param onReport called with each preview's report, for the region box
   */
  constructor({ root, regions, features, onSaved, onReport }) {
    this.root = root;
    this.regions = regions;
    this.boxes = regionBoxes(features);
    this.onSaved = onSaved;
    this.onReport = onReport;
    this.draft = loadDraft();
    this.problems = new ProblemDisplay(root, (code) => {
      const region = this.regions.find((r) => r.code === code);
      return region ? regionName(region) : code;
    });
    this.timer = null;
    this.controller = null;
    this.report = null;
    this.warnings = [];
    this.fieldsShown = null; // the fields of the definition the report is of
    this.problem = null;
    this.shapes = null; // the last preview's shares (GeoJSON), drawn until the next one comes
    this.pending = false; // a change not previewed yet
    this.built = null; // the language the form was built in
    this.drawing = null;
    root.addEventListener('input', (e) => this.onInput(e));
    root.addEventListener('change', (e) => this.onInput(e));
    root.addEventListener('click', (e) => this.onClick(e));
    root.addEventListener('submit', (e) => {
      e.preventDefault();
      this.save();
    });
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
        const cell = termRowOf(this.root, r.code)?.querySelector('.term-occupied');
        if (cell) cell.textContent = r.occupied.officialKm2 > 0 ? t('occupiedKm2', { km2: km2(r.occupied.officialKm2) }) : '';
      }
    } catch { /* the occupied figures are a guide only */ }
  }

  /**
   * Loads a stored proposal into the form, with its ETag, to change it; answers the date of its
   * layer (the one its terms refer to). Throws if it cannot be read, or uses terms the form cannot
   * show.
   */
  async edit(id) {
    const { definition, etag } = await getDefinition(id);
    const draft = draftOf(definition, this.regions.map((r) => r.code), emptyDraft());
    if (!draft) throw new Error(t('cannotEdit', { id }));
    this.draft = { ...draft, editing: { id, etag } };
    storeDraft(this.draft);
    this.built = null; // the form is made again from the draft when the editor opens
    this.report = null;
    this.shapes = null;
    return definition.layer;
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
    const row = termRowOf(this.root, code);
    if (!row) return;
    row.scrollIntoView({ block: 'center', behavior: 'smooth' });
    row.classList.remove('flash');
    void row.offsetWidth; // restart the animation
    row.classList.add('flash');
  }

  // ---- The form ----

  build() {
    this.built = document.documentElement.lang;
    show(this.root, editorForm(this.draft, this.regions));
    fillForm(this.root, this.draft, loadToken());
    for (const r of this.regions) syncTerm(termRowOf(this.root, r.code), this.draft.terms[r.code]);
    drawAreas(this.root.querySelector('.areas'), this.draft.areas);
    drawSources(this.root.querySelector('.ed-sources'), this.draft.sources);
    const editing = this.draft.editing;
    if (editing) {
      // The id names the stored proposal being changed: PUT /proposals/{id} refuses another.
      this.root.querySelector('#ed-id').readOnly = true;
      this.root.querySelector('#editor-form').prepend(html`<p class="editing-note">${fill(tr('editingNote'), { id: html`<code>${editing.id}</code>` })}</p>`);
    }
    this.showJson();
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
      storeToken(target.value.trim());
      this.problems.clear('token');
      return;
    }
    if (term) {
      if (event.type !== 'change') return;
      this.readTerm(term);
      figures = true;
    } else if (area) {
      const i = Number(area.dataset.area);
      d.areas[i][target.name] = target.value;
      if (target.name === 'holder') {
        Object.assign(d.areas[i], defaultTerms(target.value), { thirdParty: '' });
        syncArea(area, d.areas[i]);
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
      this.problems.clear(target.name);
    }
    storeDraft(d);
    this.showJson();
    if (figures) this.preview();
  }

  /** Reads a region's row into the draft, filling in defaults where the scope or a party changed. */
  readTerm(row) {
    const code = row.dataset.region;
    const [a, b] = row.querySelectorAll('.pair');
    const term = nextTerm(this.draft.terms[code], row.querySelector('select[name="scope"]').value, readPair(a), readPair(b));
    if (term) this.draft.terms[code] = term;
    else delete this.draft.terms[code];
    this.problems.clear(`region:${code}`);
    syncTerm(row, term);
  }

  onClick(event) {
    const action = event.target.closest('button')?.dataset.editor;
    if (!action) return;
    const d = this.draft;
    if (action === 'draw') {
      this.startDrawing();
      return;
    }
    if (action === 'conflict-reload' || action === 'conflict-overwrite') {
      this.resolveConflict(action === 'conflict-overwrite');
      return;
    }
    if (action === 'add-source') {
      d.sources.push({ publisher: '', title: '', date: today(), url: '' });
      drawSources(this.root.querySelector('.ed-sources'), d.sources);
      this.root.querySelector(`#ed-source-${d.sources.length - 1}-publisher`).focus();
    } else if (action === 'remove-source') {
      d.sources.splice(Number(event.target.closest('.ed-source').dataset.source), 1);
      drawSources(this.root.querySelector('.ed-sources'), d.sources);
      this.root.querySelector('[data-editor="add-source"]').focus();
    } else if (action === 'remove-area') {
      d.areas.splice(Number(event.target.closest('.area').dataset.area), 1);
      drawAreas(this.root.querySelector('.areas'), d.areas);
      this.drawMap();
      this.root.querySelector('[data-editor="draw"]').focus();
      this.preview();
    } else if (action === 'zoom-area') {
      const area = d.areas[Number(event.target.closest('.area').dataset.area)];
      if (this.view) this.view.fitBounds(L.geoJSON(area.polygon).getBounds(), { padding: [30, 30], maxZoom: 9 });
      return;
    } else if (action === 'reset') {
      if (!window.confirm(t('resetConfirm'))) return;
      this.draft = emptyDraft();
      this.build();
      this.drawMap();
      this.preview(0);
    }
    storeDraft(this.draft);
    this.showJson();
  }

  startDrawing() {
    if (!this.view || this.drawing) return;
    const button = this.root.querySelector('[data-editor="draw"]');
    button.disabled = true;
    this.drawing = this.view.drawPolygon(partyColor('undetermined'), (polygon) => {
      this.drawing = null;
      button.disabled = false;
      if (!polygon) {
        button.focus();
        return;
      }
      this.draft.areas.push({ polygon, holder: 'undetermined', ...defaultTerms('undetermined'), thirdParty: '', note: '' });
      storeDraft(this.draft);
      drawAreas(this.root.querySelector('.areas'), this.draft.areas);
      this.drawMap();
      this.showJson();
      this.preview(0);
      this.root.querySelector('.areas li:last-child select[name="holder"]').focus();
    });
    this.view.focus();
  }

  /** The definition the draft makes, and the control each assignment came from (definition.js). */
  definition(forPreview = false) {
    return definitionOf(this.draft, { regions: this.regions, boxes: this.boxes, layer: this.layer }, forPreview);
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
    this.problems.clearAll(true);
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
      this.problems.show(answer, fields, false);
      this.root.querySelectorAll('#editor-figures, #editor-change').forEach((el) => {
        el.classList.remove('stale');
        el.classList.add('failed');
      });
      const note = box.querySelector('.preview-problem') || box.appendChild(document.createElement('p'));
      note.className = 'preview-problem error';
      note.textContent = t('previewFailed', { detail: this.problems.message(answer.problem, fields, true) });
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
    const fields = this.fieldsShown || [];
    const own = (w) => {
      const m = /^assignments\[(\d+)\]\.territory\.difference\[[1-9]/.exec(w);
      return !(m && String(fields[Number(m[1])]).startsWith('region:'));
    };
    const warnings = this.warnings.filter(own).map((w) => html`<li>${this.explainWarning(w, fields)}</li>`);
    const list = this.root.querySelector('#editor-warnings');
    list.hidden = warnings.length === 0;
    show(list, warnings.length ? html`<h4>${t('warnings')}</h4><ul>${warnings}</ul>` : '');
  }

  /** A warning as the server words it, led by the name of the control its "assignments[3]…" came from. */
  explainWarning(text, fields) {
    const m = /^assignments\[(\d+)\]/.exec(text);
    const key = m ? fields[Number(m[1])] : null;
    return key ? `${this.problems.controlName(key)}: ${text}` : text;
  }

  // ---- Saving ----

  async save() {
    this.problems.clearAll(false);
    const result = this.root.querySelector('#editor-result');
    result.replaceChildren();
    const { definition, fields } = this.definition(false);
    const token = this.root.querySelector('#ed-token').value.trim();
    const missing = [['title', this.draft.title.trim()], ['summary', this.draft.summary.trim()], ['token', token]].find(([, v]) => !v);
    if (missing) {
      this.problems.required(missing[0]);
      result.textContent = t('fixFields');
      return;
    }
    const button = this.root.querySelector('#ed-save');
    button.disabled = true;
    result.textContent = t('saving');
    const editing = this.draft.editing;
    try {
      const answer = editing
        ? await putJson(proposalPath(editing.id), definition, { token, ifMatch: editing.etag })
        : await postJson('/proposals', definition, { token });
      if (answer.ok) {
        const id = answer.body.id;
        show(result, html`<p class="saved">${fill(tr('savedAs'), { id: html`<code>${id}</code>` })}</p>`);
        this.draft = emptyDraft();
        forgetDraft();
        this.built = null;
        this.report = null;
        this.shapes = null;
        this.onSaved(id);
      } else if (editing && answer.status === 412) {
        this.showConflict(result, editing.id);
      } else {
        result.replaceChildren();
        this.problems.show(answer, fields, true);
      }
    } finally {
      button.disabled = false;
    }
  }

  /** Someone changed the stored proposal since it was loaded: says so, and offers both ways on. */
  showConflict(result, id) {
    show(result, html`<div class="conflict"><p>${fill(tr('conflict'), { id: html`<code>${id}</code>` })}</p>
      <p class="actions"><button type="button" data-editor="conflict-reload">${t('conflictReload')}</button>
      <button type="button" data-editor="conflict-overwrite">${t('conflictOverwrite')}</button></p></div>`);
  }

  /**
   * After a 412: loads the stored version into the form (this draft's changes are dropped), or
   * takes the stored version's ETag and saves this draft over it.
   */
  async resolveConflict(overwrite) {
    const result = this.root.querySelector('#editor-result');
    const { id } = this.draft.editing;
    try {
      if (overwrite) {
        const { etag } = await getDefinition(id);
        this.draft = { ...this.draft, editing: { id, etag } };
        storeDraft(this.draft);
        await this.save();
        return;
      }
      await this.edit(id);
      this.build();
      this.drawMap();
      this.preview(0);
      this.root.querySelector('#editor-result').textContent = t('conflictReloaded');
    } catch (error) {
      result.textContent = error.message;
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
