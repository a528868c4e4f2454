// The words of a proposal definition as the server reads them (GET /vocabulary): its parties, the
// statuses a term may give each, the pattern of an id, the rules for territory no term names. The
// page keeps no copy of these rules; it loads them once, before anything is drawn.

import { getJson } from './api.js';

let words = null;

/** Loads the vocabulary; the other functions may be called once this has resolved. */
export async function loadVocabulary() {
  words = await getJson('/vocabulary');
  return words;
}

function loaded() {
  if (!words) throw new Error('the vocabulary is not loaded yet');
  return words;
}

/** The parties, in the server's order (russia, ukraine, demilitarized). */
export const parties = () => loaded().parties;

/** Whether a name from the API is one of the parties. */
export const isParty = (name) => loaded().parties.includes(name);

/** The statuses a term may give a party, in the server's order. */
export const statusesFor = (party) => loaded().allowed[party] || [];

/** Whether a proposal id is one the server accepts. */
export const isProposalId = (id) => new RegExp(loaded().idPattern).test(id);

/** The rules for territory no term names: [{ id, occupied: { party, status }, held }], and the default. */
export const unassignedRules = () => loaded().unassigned.rules;
export const defaultUnassigned = () => loaded().unassigned.default;
