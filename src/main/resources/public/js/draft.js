// The draft of "Your proposal": what the user has entered so far. It is kept in the tab's
// sessionStorage, the write token too (never in the URL), so both end with the tab.

import { statusesFor, defaultUnassigned } from './vocabulary.js';

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
 * 'parts'), party, status, and for 'parts' party2 and status2 (the held part) }; areas: drawn
 * polygons, each { polygon (GeoJSON), party, status, note }; tag: a random word for an id.
 */
export function emptyDraft() {
  return {
    id: '', tag: newTag(), title: '', date: today(), summary: '', unassigned: defaultUnassigned(), sources: [], terms: {}, areas: [],
  };
}

/** The draft of this tab, or an empty one. */
export function loadDraft() {
  try {
    const saved = JSON.parse(session.get(DRAFT_KEY));
    if (saved && typeof saved === 'object' && saved.terms && Array.isArray(saved.areas)) return { ...emptyDraft(), ...saved };
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
 * The status a party gets when it is picked for a part ('occupied', 'held', 'whole' or 'area'):
 * Ukraine's occupied part "returned", anything else "de-jure", where the server allows that pair
 * (GET /vocabulary); else the first status it allows the party (the demilitarized zone's own).
 */
export function defaultStatus(party, part) {
  const allowed = statusesFor(party);
  const preferred = party === 'ukraine' && part === 'occupied' ? 'returned' : 'de-jure';
  return allowed.includes(preferred) ? preferred : allowed[0];
}

/**
 * A region's term once its row has changed: scope as picked ('' for none, then null), first and
 * second the { party, status } of the row's two pairs as shown. A region newly named goes to
 * Russia, its held part (with 'parts') to Ukraine; a party changed gets its default status.
 */
export function nextTerm(old, scope, first, second) {
  if (!scope) return null;
  const part = scope === 'parts' ? 'occupied' : scope;
  const party = old ? first.party : 'russia';
  const status = old && old.party === party ? first.status : defaultStatus(party, part);
  const term = { scope, party, status };
  if (scope === 'parts') {
    const had = old && old.scope === 'parts';
    term.party2 = had ? second.party : 'ukraine';
    term.status2 = had && old.party2 === term.party2 ? second.status : defaultStatus(term.party2, 'held');
  }
  return term;
}
