// The editor's form: its fields, a row per region, the drawn areas and the sources, drawn from
// the draft; and the values of a row read back. The holders, regimes and recognitions are the
// server's (GET /vocabulary), so the form offers only terms the server accepts; every combination
// is one.

import { t, regionName, regimeName, recognitionName } from './i18n.js';
import { html, show } from './dom.js';
import { swatch, DRAWN } from './maps.js';
import { holders, regimes, recognitions, unassignedRules } from './vocabulary.js';
import { slug } from './draft.js';

const SCOPES = ['', 'whole', 'occupied', 'held', 'parts'];

/** The controls of one term: who holds it (a third party by name), its regime, its recognition. */
function termControls(labels) {
  return html`<select name="holder" aria-label="${labels.holder}">${holders().map((h) => html`<option value="${h}">${t(h)}</option>`)}</select>
      <input name="thirdParty" maxlength="200" placeholder="${t('thirdPartyName')}" aria-label="${labels.thirdParty}" hidden>
      <select name="regime" aria-label="${labels.regime}">${regimes().map((r) => html`<option value="${r}">${regimeName(r)}</option>`)}</select>
      <select name="recognition" aria-label="${labels.recognition}">${recognitions().map((r) => html`<option value="${r}">${recognitionName(r)}</option>`)}</select>`;
}

/** The labels of a term's controls, for a region (or its part) or an area. */
const labelsFor = (what) => ({
  holder: t('whoGetsIt', { region: what }),
  thirdParty: t('thirdPartyOf', { region: what }),
  regime: t('underWhatRegime', { region: what }),
  recognition: t('onWhatTerms', { region: what }),
});

/** Puts a holder, regime, recognition and third party's name in a pair's controls. */
function setPair(pair, { holder, regime, recognition, thirdParty }) {
  pair.querySelector('[name="holder"]').value = holder;
  pair.querySelector('[name="regime"]').value = regime || 'none';
  pair.querySelector('[name="recognition"]').value = recognition;
  const name = pair.querySelector('[name="thirdParty"]');
  name.hidden = holder !== 'third-party';
  name.value = thirdParty || '';
}

/** The { holder, regime, recognition, thirdParty } a pair's controls show. */
export function readPair(pair) {
  const value = (name) => pair.querySelector(`[name="${name}"]`).value;
  return { holder: value('holder'), regime: value('regime'), recognition: value('recognition'), thirdParty: value('thirdParty') };
}

/** Sets the labels of a pair's controls. */
function labelPair(pair, labels) {
  for (const [name, label] of Object.entries(labels)) pair.querySelector(`[name="${name}"]`).setAttribute('aria-label', label);
}

/** The whole form for a draft, its regions sorted by name in the current language. */
export function editorForm(draft, regions) {
  const sorted = [...regions].sort((a, b) => regionName(a).localeCompare(regionName(b)));
  return html`<h2>${t('editorTitle')}</h2>
      <p class="hint">${t('editorIntro')}</p>
      <section id="editor-figures" class="editor-figures" aria-live="polite" aria-atomic="false"></section>
      <div id="editor-change" class="editor-change"></div>
      <div id="editor-warnings" class="warnings" aria-live="polite" hidden></div>
      <form id="editor-form" class="editor-form" novalidate>
        <div class="field"><label for="ed-title">${t('fieldTitle')}</label>
          <input id="ed-title" name="title" maxlength="300" required value="${draft.title}" aria-describedby="ed-title-error">
          <p class="field-error" id="ed-title-error"></p></div>
        <div class="field"><label for="ed-summary">${t('fieldSummary')}</label>
          <textarea id="ed-summary" name="summary" rows="3" required aria-describedby="ed-summary-error"></textarea>
          <p class="field-error" id="ed-summary-error"></p></div>
        <div class="field-row">
          <div class="field"><label for="ed-date">${t('fieldDate')}</label>
            <input id="ed-date" name="date" type="date" value="${draft.date}" aria-describedby="ed-date-error">
            <p class="field-error" id="ed-date-error"></p></div>
          <div class="field"><label for="ed-id">${t('fieldId')}</label>
            <input id="ed-id" name="id" maxlength="80" value="${draft.id}"
              placeholder="${slug(draft.title, draft.tag)}" autocomplete="off" spellcheck="false" aria-describedby="ed-id-hint ed-id-error">
            <p class="hint" id="ed-id-hint">${t('fieldIdHint')}</p>
            <p class="field-error" id="ed-id-error"></p></div>
        </div>
        <p class="layer-note"></p>
        <p class="field-error" id="ed-layer-error"></p>
        <fieldset class="unassigned"><legend>${t('unassigned')}</legend>
          ${unassignedRules().map((rule) => html`<label><input type="radio" name="unassigned" value="${rule.id}"> ${t(`unassigned-${rule.id}`)}</label>
          `)}<p class="field-error" id="ed-unassigned-error"></p>
        </fieldset>
        <h3>${t('regionTerms')}</h3>
        <p class="hint">${t('regionTermsHint')}</p>
        <p class="hint">${t('mapPreviewHint')}</p>
        <div class="terms">${sorted.map(termRow)}</div>
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
      </form>`;
}

/** Puts the draft's values that a template cannot set (a textarea, the radio checked) in the form. */
export function fillForm(root, draft, token) {
  root.querySelector('#ed-summary').value = draft.summary;
  root.querySelector('#ed-token').value = token;
  const radios = [...root.querySelectorAll('input[name="unassigned"]')];
  (radios.find((r) => r.value === draft.unassigned) || radios[0]).checked = true;
}

function termRow(region) {
  const { code } = region;
  const name = regionName(region);
  const pair = (part) => html`<span class="pair" data-part="${part}"><span class="part-name"></span>
      ${termControls(labelsFor(name))}</span>`;
  return html`<div class="term" data-region="${code}">
      <div class="term-head"><span class="term-name" id="ed-${code}-name">${name}</span>
        <span class="term-occupied"></span></div>
      <div class="term-body">
        <select name="scope" aria-label="${t('termsFor', { region: name })}" aria-describedby="ed-${code}-error">${SCOPES.map((s) =>
          html`<option value="${s}">${t(`scope-${s || 'none'}`)}</option>`)}</select>
        ${pair('a')}${pair('b')}
      </div>
      <p class="field-error" id="ed-${code}-error"></p></div>`;
}

/** The row of a region. */
export const termRowOf = (root, code) => root.querySelector(`.term[data-region="${CSS.escape(code)}"]`);

/** Puts a region's term (or none) into its row. */
export function syncTerm(row, term) {
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
  labelPair(a, labelsFor(partA ? `${name}, ${partA}` : name));
  labelPair(b, labelsFor(`${name}, ${t('partHeld')}`));
  if (term) {
    setPair(a, term);
    if (scope === 'parts') {
      setPair(b, { holder: term.holder2, regime: term.regime2, recognition: term.recognition2, thirdParty: term.thirdParty2 });
    }
  }
}

/** The list of drawn areas. */
export function drawAreas(list, areas) {
  show(list, areas.map((area, i) => html`<li class="area" data-area="${i}">
      <span class="area-name">${t('areaN', { n: i + 1 })}</span>
      <span class="area-size">${t('corners', { n: area.polygon.coordinates[0].length - 1 })}</span>
      <span class="pair">${termControls(labelsFor(t('areaN', { n: i + 1 })))}</span>
      <input name="note" maxlength="500" placeholder="${t('noteOptional')}" aria-label="${t('areaNote', { n: i + 1 })}">
      <span class="area-buttons"><button type="button" class="secondary" data-editor="zoom-area">${t('showOnMap')}</button>
      <button type="button" class="secondary" data-editor="remove-area">${t('remove')}</button></span>
      <p class="field-error" id="ed-area-${i}-error"></p></li>`));
  list.querySelectorAll('.area').forEach((item, i) => syncArea(item, areas[i]));
}

/** Puts a drawn area's terms and note into its item. */
export function syncArea(item, area) {
  setPair(item.querySelector('.pair'), area);
  item.querySelector('[name="note"]').value = area.note || '';
}

/** The list of sources. */
export function drawSources(list, sources) {
  show(list, sources.map((s, i) => html`<li class="ed-source" data-source="${i}">
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
    for (const name of ['publisher', 'date', 'title', 'url']) item.querySelector(`[name="${name}"]`).value = sources[i][name] || '';
  });
}
