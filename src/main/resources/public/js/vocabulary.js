// The words of a proposal definition (version 2) as the server reads them (GET /vocabulary): who
// may hold territory, the regimes and the recognitions, the pattern of an id, the rules for
// territory no term names. The page keeps no copy of these; it loads them once, before anything is
// drawn.

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

/** The holders, in the server's order (russia, ukraine, undetermined, third-party). */
export const holders = () => loaded().holders;

/** Whether a name from the API is one of the holders. */
export const isHolder = (name) => loaded().holders.includes(name);

/** The regimes, in the server's order; the first (none) is the default. */
export const regimes = () => loaded().regimes;

/** The recognitions, in the server's order. */
export const recognitions = () => loaded().recognitions;

/** Whether a proposal id is one the server accepts. */
export const isProposalId = (id) => new RegExp(loaded().idPattern).test(id);

/**
 * The rules for territory no term names: [{ id, occupied: { holder, regime, recognition }, held }],
 * and the default.
 */
export const unassignedRules = () => loaded().unassigned.rules;
export const defaultUnassigned = () => loaded().unassigned.default;
