// Which front line a proposal's terms are measured against: the line of the day it was reported
// (its own layer), or today's (the latest layer), as a visible choice; and how old a line is.

import { html } from './dom.js';
import { t, date } from './i18n.js';

/** The URL's and the API's name for the latest layer. */
export const LATEST = 'latest';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from a layer's date (YYYY-MM-DD, a calendar day) to today's date here; never below 0. */
export function ageInDays(iso, now = new Date()) {
  const [y, m, d] = iso.split('-').map(Number);
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.max(0, Math.round((today - Date.UTC(y, m - 1, d)) / DAY_MS));
}

/** "472 days old", "1 day old", "from today". */
export function ageText(iso, now = new Date()) {
  const days = ageInDays(iso, now);
  if (days === 0) return t('lineAgeToday');
  return days === 1 ? t('lineAgeOneDay') : t('lineAgeDays', { days });
}

/**
 * The choice between the proposal's terms on the line of the day it was reported and on today's
 * line: two radio buttons (name "line"), values '' (the proposal's own layer) and 'latest'.
 * Neither is checked when a layer of another date is chosen on the slider.
 *
 * @param reportedOn the date the proposal was reported (YYYY-MM-DD)
 * @param latest the date of the latest layer
 * @param layer the layer the URL names: '', 'latest' or a date
 */
export function lineChoice({ reportedOn, latest, layer }) {
  const own = layer === '';
  const today = layer === LATEST;
  return html`<fieldset class="line-choice"><legend>${t('lineChoice')}</legend>
    <label><input type="radio" name="line" value="" ${own ? 'checked' : ''}> ${t('lineAsReported', { date: date(reportedOn) })}</label>
    <label><input type="radio" name="line" value="latest" ${today ? 'checked' : ''}> ${t('lineToday', { date: date(latest) })}</label>
    </fieldset>`;
}
