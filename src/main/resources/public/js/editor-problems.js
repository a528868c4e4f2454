// Problems with a draft, shown where they are: the server's RFC 9457 problem names the field at
// fault (a JSON path such as "assignments[3].territory", "title", or the Authorization header) and
// says in `reason` what is wrong with it; each goes beside the control the field came from, and
// on save into the result box too. The problem's `detail` is shown as sent, never parsed.

import { t } from './i18n.js';
import { html, show } from './dom.js';

/** The fields of the form a problem may name, each with its slot "ed-<name>-error". */
const FIELDS = ['title', 'summary', 'date', 'id', 'unassigned', 'token'];

/** Slots cleared only by a save or an edit of their own field, not by a preview. */
const WORDS = /^ed-(title|summary|id|date|token|source-\d+)-error$/;

export class ProblemDisplay {
  /**
   * @param root the editor's section
   * @param regionName a region's name from its code
   */
  constructor(root, regionName) {
    this.root = root;
    this.regionName = regionName;
  }

  /** The name of the control an assignment came from (definition.js fields: 'region:UA-14', 'area:0'). */
  controlName(key) {
    if (key.startsWith('region:')) return this.regionName(key.slice(7));
    if (key.startsWith('area:')) return t('areaN', { n: Number(key.slice(5)) + 1 });
    return key;
  }

  /** A server text with each "assignments[3]" (and its ".territory") named as the control it came from. */
  named(text, fields) {
    return String(text).replace(/assignments\[(\d+)\](\.territory)?/g,
      (all, n) => (fields[Number(n)] ? this.controlName(fields[Number(n)]) : all));
  }

  /**
   * What a problem says, for the slot beside its control: its reason; for a problem that names no
   * field, its detail (or title). With `where`, the control is named first, for text shown apart.
   */
  message(problem, fields, where = false) {
    if (!problem.reason) return problem.detail || problem.title;
    const reason = this.named(problem.reason, fields);
    return where && problem.field ? `${this.named(problem.field, fields)}: ${reason}` : reason;
  }

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
      return { slot: `ed-area-${i}-error`, control: this.root.querySelector(`.area[data-area="${i}"] select[name="holder"]`) };
    }
    const source = /^sources\[(\d+)\](?:\.(\w+))?/.exec(field);
    if (source) {
      return { slot: `ed-source-${source[1]}-error`, control: this.root.querySelector(`#ed-source-${source[1]}-${source[2] || 'publisher'}`) };
    }
    const name = field.replace(/^\$\.?/, '').split(/[.[]/)[0];
    if (FIELDS.includes(name)) {
      return { slot: `ed-${name}-error`, control: this.root.querySelector(name === 'unassigned' ? 'input[name="unassigned"]:checked' : `#ed-${name}`) };
    }
    if (name === 'layer') return { slot: 'ed-layer-error', control: document.getElementById('layer') };
    if (/^authorization$/i.test(name)) return { slot: 'ed-token-error', control: this.root.querySelector('#ed-token') };
    return null;
  }

  /** Marks a control at fault with a message in its slot; focuses it on save. */
  mark(where, message, focus) {
    const slot = this.root.querySelector(`#${where.slot}`);
    if (slot) slot.textContent = message;
    if (where.control) {
      where.control.setAttribute('aria-invalid', 'true');
      where.control.closest('.term, .area, .ed-source, .field, fieldset')?.classList.add('invalid');
      if (focus) where.control.focus();
    }
  }

  /** A field the form requires and the user left empty ('title', 'summary', 'token'), before anything is sent. */
  required(name) {
    this.mark(this.target(name, []), t(`required-${name}`), true);
  }

  /** Shows a problem next to the control at fault (if the server named one) and, on save, in the result box. */
  show(answer, fields, saving) {
    const { problem, status } = answer;
    let field = problem.field;
    if (!field && (status === 401 || status === 403)) field = 'token';
    const where = this.target(field, fields);
    if (where) this.mark(where, this.message(problem, fields), saving);
    if (!saving) return;
    const lead = {
      401: t('problem401'), 403: t('problem403'), 409: t('problem409'), 422: t('problem422'), 0: t('problemNetwork'),
    }[status] || t('problemOther', { status });
    show(this.root.querySelector('#editor-result'), html`<div class="problem" data-status="${status}"><p><strong>${lead}</strong></p>
      <p class="problem-title">${problem.title}${field ? html` <code>${field}</code>` : ''}</p>
      <p class="problem-detail">${problem.detail}</p></div>`);
  }

  /** Clears the problem shown for a field ('title', 'token', …) or a region ('region:UA-23'). */
  clear(key) {
    const slot = this.root.querySelector(`#${CSS.escape(key.startsWith('region:') ? `ed-${key.slice(7)}-error` : `ed-${key}-error`)}`);
    if (!slot) return;
    slot.textContent = '';
    const box = slot.closest('.term, .area, .ed-source, .field, fieldset');
    if (box) {
      box.classList.remove('invalid');
      box.querySelectorAll('[aria-invalid]').forEach((c) => c.removeAttribute('aria-invalid'));
    }
  }

  /** Clears the problems shown; with termsOnly (a preview), those of the words and the token stay. */
  clearAll(termsOnly) {
    this.root.querySelectorAll('.field-error').forEach((slot) => {
      if (termsOnly && WORDS.test(slot.id)) return;
      slot.textContent = '';
    });
    this.root.querySelectorAll('.invalid').forEach((el) => {
      if (!termsOnly || el.matches('.term, .area, .unassigned')) el.classList.remove('invalid');
    });
    this.root.querySelectorAll('[aria-invalid]').forEach((el) => {
      if (!termsOnly || el.closest('.term, .area, .unassigned')) el.removeAttribute('aria-invalid');
    });
  }
}
