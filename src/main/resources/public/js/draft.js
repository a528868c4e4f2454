// The draft of "Your proposal": what the user has entered so far. It is kept in the tab's
// sessionStorage, the write token too (never in the URL), so both end with the tab.

import { regimes, recognitions, defaultUnassigned } from './vocabulary.js';
import { lang } from './i18n.js';

const DRAFT_KEY = 'territorymap.draft';
const TOKEN_KEY = 'territorymap.token';

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

export const today = () => new Date().toISOString().slice(0, 10);

const newTag = () => Math.random().toString(36).slice(2, 8).padEnd(6, '0');

/**
 * A draft with nothing entered. terms: a region's code → { scope ('whole', 'occupied', 'held' or
 * 'parts'), holder, regime, recognition, thirdParty (the third party's name, where the holder is
 * one), and for 'parts' the same suffixed 2 (the held part) }; areas: drawn polygons, each {
 * polygon (GeoJSON), holder, regime, recognition, thirdParty, note }; tag: a random word for an id.
 * textLang: the language the user writes the texts in (the page's when the draft was begun);
 * kept: the texts of a stored definition being changed ({ title, summary }: {en, uk}), so that
 * the language the form does not show is saved back as it was.
 */
export function emptyDraft() {
  return {
    id: '', tag: newTag(), title: '', date: today(), summary: '', unassigned: defaultUnassigned(), sources: [], terms: {}, areas: [],
    textLang: lang(), kept: {},
  };
}

/** A version-1 { party, status } as version 2's { holder, regime, recognition } (docs/definition-language.md). */
export function upgradeTerms({ party, status }) {
  if (party === 'demilitarized') return { holder: 'undetermined', regime: 'demilitarized', recognition: 'not-mentioned' };
  const recognition = { 'de-jure': 'in-law', 'de-facto': 'de-facto', frozen: 'frozen' }[status] || 'not-mentioned';
  return { holder: party, regime: 'none', recognition };
}

/** A draft saved by a page that wrote version 1 (party and status), in version 2's words. */
function upgradeDraft(draft) {
  const upgrade = (x, suffix = '') => {
    if (!x || x[`holder${suffix}`] || !x[`party${suffix}`]) return;
    const terms = upgradeTerms({ party: x[`party${suffix}`], status: x[`status${suffix}`] });
    for (const [key, value] of Object.entries(terms)) x[`${key}${suffix}`] = value;
    delete x[`party${suffix}`];
    delete x[`status${suffix}`];
  };
  for (const term of Object.values(draft.terms)) {
    upgrade(term);
    upgrade(term, '2');
  }
  draft.areas.forEach((area) => upgrade(area));
  return draft;
}

/** The draft of this tab, or an empty one. */
export function loadDraft() {
  try {
    const saved = JSON.parse(session.get(DRAFT_KEY));
    if (saved && typeof saved === 'object' && saved.terms && Array.isArray(saved.areas)) return upgradeDraft({ ...emptyDraft(), ...saved });
  } catch { /* a broken draft is dropped */ }
  return emptyDraft();
}

export const storeDraft = (draft) => session.set(DRAFT_KEY, JSON.stringify(draft));
export const forgetDraft = () => session.set(DRAFT_KEY, null);
export const loadToken = () => session.get(TOKEN_KEY) || '';
export const storeToken = (token) => session.set(TOKEN_KEY, token);

/**
 * An id from a title: lower-case ASCII letters, digits and hyphens; for a title with none of those
 * (e.g. in Cyrillic), "proposal-" and the draft's own random tag.
 */
export function slug(title, tag) {
  const s = title.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
  return s.length >= 3 ? s : `proposal-${tag}`;
}

/**
 * The regime and recognition a holder gets when it is picked: Russia's territory recognised in
 * law, Ukraine's and a third party's with no word on recognition, an undetermined holder's
 * demilitarized (what the proposals that leave land to no one say); no special regime otherwise.
 * Only words the server has (GET /vocabulary): else its first.
 */
export function defaultTerms(holder) {
  const regime = holder === 'undetermined' ? 'demilitarized' : 'none';
  const recognition = holder === 'russia' ? 'in-law' : 'not-mentioned';
  return {
    regime: regimes().includes(regime) ? regime : regimes()[0],
    recognition: recognitions().includes(recognition) ? recognition : recognitions()[0],
  };
}

/** The terms of a holder picked anew, or as they were if the holder is the same. */
function termsFor(holder, old, shown) {
  if (old && old.holder === holder) return { holder, regime: shown.regime, recognition: shown.recognition, thirdParty: shown.thirdParty || '' };
  return { holder, ...defaultTerms(holder), thirdParty: '' };
}

/**
 * A region's term once its row has changed: scope as picked ('' for none, then null), first and
 * second the { holder, regime, recognition, thirdParty } of the row's two pairs as shown. A region
 * newly named goes to Russia, its held part (with 'parts') to Ukraine; a holder changed gets its
 * default terms.
 */
export function nextTerm(old, scope, first, second) {
  if (!scope) return null;
  const term = { scope, ...termsFor(old ? first.holder : 'russia', old, first) };
  // What the form does not show of a stored term (its notes, the sources it cites) stays with the
  // region's row while the row is changed.
  if (old && old.kept) term.kept = old.kept;
  if (scope === 'parts') {
    const had = old && old.scope === 'parts' ? { holder: old.holder2 } : null;
    const b = termsFor(had ? second.holder : 'ukraine', had, second);
    Object.assign(term, { holder2: b.holder, regime2: b.regime, recognition2: b.recognition, thirdParty2: b.thirdParty });
    if (old && old.kept2) term.kept2 = old.kept2;
  }
  return term;
}
