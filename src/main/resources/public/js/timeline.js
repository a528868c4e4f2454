// Control over time: the front-line slider in the controls, and the chart of the occupied area
// (GET /timeline) drawn with uPlot, which is loaded from its webjar only when the chart is opened.

import { getJson } from './api.js';
import { t, km2, pct, num, percentSign, unitKm2, date, monthYear, regionName } from './i18n.js';
import { html, show } from './dom.js';

const UPLOT = '/webjars/uplot/1.6.30/dist';
let loading = null;

/** uPlot, loaded once: its script (which defines window.uPlot) and its stylesheet. */
function loadUplot() {
  if (window.uPlot) return Promise.resolve(window.uPlot);
  if (!loading) {
    loading = new Promise((resolve, reject) => {
      const css = document.createElement('link');
      css.rel = 'stylesheet';
      css.href = `${UPLOT}/uPlot.min.css`;
      document.head.append(css);
      const script = document.createElement('script');
      script.src = `${UPLOT}/uPlot.iife.min.js`;
      script.onload = () => resolve(window.uPlot);
      script.onerror = () => {
        loading = null;
        script.remove();
        reject(new Error(`${script.src}: not loaded`));
      };
      document.head.append(script);
    });
  }
  return loading;
}

const seconds = (iso) => Date.parse(`${iso}T00:00:00Z`) / 1000;

const DAY = 86400;
/** Days from the first layer to a date. */
const dayOf = (layers, iso) => Math.round((seconds(iso) - seconds(layers[0].date)) / DAY);
/** Keys that move the slider one layer (or to the first or last), not one day. */
const STEPS = { ArrowLeft: -1, ArrowDown: -1, PageDown: -1, ArrowRight: 1, ArrowUp: 1, PageUp: 1 };

/**
 * The front-line slider, spaced by time: its value is days since the first layer, it snaps to the
 * nearest layer, the keys step from layer to layer, and its ticks carry the layers' dates.
 */
export class LayerSlider {
  constructor({ box, input, output, ticks, own, onPick }) {
    Object.assign(this, { box, input, output, ticks, own });
    this.layers = [];
    const pick = (i) => {
      const layer = this.layers[i];
      if (!layer) return;
      this.input.value = String(dayOf(this.layers, layer.date));
      this.label(layer.date);
      onPick(layer.date);
    };
    input.addEventListener('input', () => {
      const layer = this.layers[this.nearest()];
      if (layer) {
        this.input.value = String(dayOf(this.layers, layer.date));
        this.label(layer.date);
      }
    });
    input.addEventListener('change', () => pick(this.nearest()));
    input.addEventListener('keydown', (event) => {
      const last = this.layers.length - 1;
      const i = event.key === 'Home' ? 0 : event.key === 'End' ? last
        : Object.hasOwn(STEPS, event.key) ? Math.min(last, Math.max(0, this.nearest() + STEPS[event.key])) : null;
      if (i === null) return;
      event.preventDefault();
      pick(i);
    });
  }

  /** The index of the layer nearest the slider's value. */
  nearest() {
    const day = Number(this.input.value);
    let best = 0;
    this.layers.forEach((l, i) => {
      if (Math.abs(dayOf(this.layers, l.date) - day) < Math.abs(dayOf(this.layers, this.layers[best].date) - day)) best = i;
    });
    return best;
  }

  setLayers(layers) {
    this.layers = layers;
    this.box.hidden = layers.length < 2;
    this.input.min = '0';
    this.input.max = String(layers.length ? Math.max(1, dayOf(layers, layers[layers.length - 1].date)) : 0);
    this.drawTicks();
  }

  /** A tick per layer where its date falls; a date label under it where there is room (first and last always). */
  drawTicks() {
    if (!this.layers.length) return;
    const span = Math.max(1, Number(this.input.max));
    const at = this.layers.map((l) => (100 * dayOf(this.layers, l.date)) / span);
    // Each label's extent in % of the slider (the first is set from its tick rightwards, the last
    // leftwards, the others centred): the first and last always, the others where they fit.
    const w = (100 * 64) / Math.max(64, this.ticks.clientWidth || 240);
    const extent = (i) => (i === 0 ? [0, w] : i === at.length - 1 ? [100 - w, 100] : [at[i] - w / 2, at[i] + w / 2]);
    const kept = [extent(0), extent(at.length - 1)];
    const labelled = at.map((x, i) => {
      if (i === 0 || i === at.length - 1) return true;
      const [x0, x1] = extent(i);
      if (kept.some(([k0, k1]) => x0 < k1 && k0 < x1)) return false;
      kept.push([x0, x1]);
      return true;
    });
    show(this.ticks, this.layers.map((l, i) => {
      const title = `${date(l.date)}${l.approximate ? ` — ${t('approximate')}` : ''}`;
      const tick = html`<span class="tick${l.approximate ? ' approximate' : ''}" title="${title}"></span>${labelled[i]
        ? html`<span class="tick-label">${monthYear(l.date)}</span>` : ''}`;
      [...tick.children].forEach((e) => { e.style.left = `${at[i]}%`; });
      return tick;
    }));
  }

  /**
   * Shows a date: the one chosen (chosen = true), or the proposal's own when none is, with a
   * button back to the proposal's own layer (none in the editor, where own = null).
   */
  set(shownDate, { chosen, editing }) {
    const layer = this.layers.find((l) => l.date === shownDate) || this.layers[0];
    this.input.value = layer ? String(dayOf(this.layers, layer.date)) : '0';
    this.input.dataset.date = shownDate || '';
    this.note = chosen || editing ? '' : t('layerOwnShort');
    this.own.hidden = !chosen || editing;
    this.label(shownDate);
    this.drawTicks();
  }

  label(iso) {
    const layer = this.layers.find((l) => l.date === iso);
    const own = this.note && iso === this.input.dataset.date ? ` (${this.note})` : '';
    const text = !layer ? '' : `${date(layer.date)}${layer.approximate ? ` ⚠ ${t('approximate')}` : ''}${own}`;
    this.output.textContent = text;
    this.input.setAttribute('aria-valuetext', text);
  }
}

/** The chart of the occupied area over time, for Ukraine or one region, and its table. */
export class TimelineChart {
  constructor({ details, region, chart, readout, key, table, onPick, onToggle }) {
    Object.assign(this, { details, regionSelect: region, box: chart, readout, key, table, onPick });
    this.plot = null;
    this.request = 0;
    details.addEventListener('toggle', () => onToggle(details.open));
    region.addEventListener('change', () => onToggle(true, region.value));
    this.resizes = new ResizeObserver(() => {
      if (this.plot && this.box.clientWidth > 0) this.plot.setSize(this.size());
    });
    this.resizes.observe(this.box);
  }

  size() {
    return { width: Math.max(200, this.box.clientWidth), height: 190 };
  }

  /** The region choices, in the page's language. */
  setRegions(regions) {
    const value = this.regionSelect.value;
    const sorted = [...regions].sort((a, b) => regionName(a).localeCompare(regionName(b)));
    show(this.regionSelect, [html`<option value="">${t('allUkraine')}</option>`,
      ...sorted.map((r) => html`<option value="${r.code}">${regionName(r)}</option>`)]);
    this.regionSelect.value = value;
  }

  /**
   * Draws the series for `region` ('' for all of Ukraine) if the chart is open, marking the
   * layer `selected`; figures on the page's basis.
   */
  async update({ open, region, selected, basis, visible }) {
    this.details.hidden = !visible;
    this.details.open = Boolean(open && visible);
    this.regionSelect.value = region || '';
    if (!this.details.open) return;
    const count = ++this.request;
    this.box.setAttribute('aria-busy', 'true');
    try {
      const path = region ? `/timeline?region=${encodeURIComponent(region)}` : '/timeline';
      const [timeline, uPlot] = await Promise.all([getJson(path), loadUplot()]);
      if (count !== this.request) return;
      this.draw(uPlot, timeline, selected, basis);
    } catch (error) {
      if (count !== this.request) return;
      show(this.box, html`<p class="error" role="alert">${t('failed', { message: error.message })}</p>`);
      this.plot = null;
    } finally {
      if (count === this.request) this.box.setAttribute('aria-busy', 'false');
    }
  }

  draw(uPlot, timeline, selected, basis) {
    const points = timeline.points;
    const geodesic = basis === 'geodesic';
    const area = (p) => (geodesic ? p.occupied.km2 : p.occupied.officialKm2);
    // A region's chart in % of the region (the same on both bases), the country's in % of Ukraine.
    const regional = Boolean(timeline.region);
    const share = regional ? (p) => p.percentOfRegion
      : (p) => (geodesic ? p.occupied.percent : p.occupied.officialPercent);
    const of = t(regional ? 'ofRegion' : 'ofUkraine');
    const xs = points.map((p) => seconds(p.date));
    const ys = points.map(area);
    const percents = points.map(share);
    const approx = points.map((p) => (p.approximate ? area(p) : null));
    // % of Ukraine (or of the region) is km² times a constant: the right axis is the left one in other units.
    const ref = points.reduce((best, p) => (area(p) > (best ? area(best) : 0) ? p : best), null);
    const k = ref && area(ref) > 0 ? share(ref) / area(ref) : 100 / 603540; // official shares are of the 27 units, 603,540 km²
    // From zero: a change of a few per cent is drawn as what it is, not as a cliff.
    const hi = Math.max(...ys, 0);
    const range = [0, hi > 0 ? hi * 1.1 : 1];
    const dates = points.map((p) => p.date);
    const orange = '#c25e00';
    const readout = (i) => {
      const p = points[i ?? dates.indexOf(this.selected)] || points[points.length - 1];
      this.readout.textContent = !p ? '' : `${date(p.date)}: ${km2(area(p), false, p.approximate)} ${unitKm2()} (${pct(share(p))}${percentSign()}`
        + ` ${of})${p.approximate ? ` ⚠ ${t('approximate')}` : ''}`;
    };
    const marker = {
      hooks: {
        setCursor: [(u) => readout(u.cursor.idx)],
        // The layer the maps show: a vertical line at its date.
        draw: [(u) => {
          const i = dates.indexOf(this.selected);
          if (i < 0) return;
          const x = Math.round(u.valToPos(xs[i], 'x', true));
          const { ctx } = u;
          ctx.save();
          ctx.strokeStyle = '#1b1d21';
          ctx.setLineDash([4, 3]);
          ctx.lineWidth = 1.5 * devicePixelRatio;
          ctx.beginPath();
          ctx.moveTo(x, u.bbox.top);
          ctx.lineTo(x, u.bbox.top + u.bbox.height);
          ctx.stroke();
          ctx.restore();
        }],
      },
    };
    const options = {
      ...this.size(),
      plugins: [marker],
      cursor: { drag: { x: false, y: false }, points: { size: 9 } },
      legend: { show: false },
      scales: {
        x: { time: true },
        km2: { range: () => range },
        pct: { range: () => [range[0] * k, range[1] * k] },
      },
      axes: [
        { values: (u, splits) => splits.map((s) => monthYear(new Date(s * 1000).toISOString().slice(0, 10))), space: 80 },
        { scale: 'km2', size: 64, values: (u, splits) => splits.map((s) => num(s, 0)),
          label: `${unitKm2()}`, labelSize: 16 },
        { scale: 'pct', side: 1, size: 70, grid: { show: false },
          values: (u, splits) => splits.map((s) => `${num(s, 1)}${percentSign()}`),
          label: t(regional ? 'pctRegionAxis' : 'pctAxis'), labelSize: 16 },
      ],
      series: [
        { label: t('date'), value: (u, v) => (v == null ? '—' : date(new Date(v * 1000).toISOString().slice(0, 10))) },
        { label: t('occupiedSeries'), scale: 'km2', stroke: orange, width: 2, fill: 'rgba(194,94,0,0.08)',
          points: { show: true, size: 6, fill: orange },
          value: (u, v) => (v == null ? '—' : `${km2(v, false, false)} ${unitKm2()}`) },
        { label: of, scale: 'pct', stroke: 'transparent', width: 0, points: { show: false },
          value: (u, v) => (v == null ? '—' : `${pct(v)}${percentSign()}`) },
      ],
    };
    const data = [xs, ys, percents];
    if (points.some((p) => p.approximate)) {
      // Approximate lines: a larger yellow point over the line's own.
      options.series.push({ label: `⚠ ${t('approximate')}`, scale: 'km2', stroke: '#7a5b00', width: 0, paths: () => null,
        points: { show: true, size: 11, width: 2, stroke: '#7a5b00', fill: '#ffe27a' },
        value: (u, v) => (v == null ? '—' : t('yes')) });
      data.push(approx);
    }
    if (this.plot) this.plot.destroy();
    this.box.replaceChildren();
    this.selected = selected;
    this.plot = new uPlot(options, data, this.box);
    this.plot.over.addEventListener('click', () => {
      const i = this.plot && this.plot.cursor.idx;
      if (i !== null && i !== undefined && dates[i]) this.onPick(dates[i]);
    });
    readout(null);
    show(this.key, html`<span class="key-item"><span class="key-line"></span>${t('occupiedSeries')}</span>${points.some((p) => p.approximate)
      ? html`<span class="key-item"><span class="key-approx"></span>${t('approximate')}</span>` : ''}<span class="key-item"><span
      class="key-shown"></span>${t('lineShown')}</span>`);
    this.box.dataset.points = String(points.length);
    this.box.dataset.region = timeline.region || '';
    this.box.dataset.yFrom = String(range[0]);
    const first = points[0];
    const last = points[points.length - 1];
    this.box.setAttribute('aria-label', first ? t('chartLabel', {
      where: this.regionSelect.selectedOptions[0]?.textContent || t('allUkraine'),
      from: date(first.date), a: km2(area(first), false, first.approximate), to: date(last.date),
      b: km2(area(last), false, last.approximate),
    }) : t('chartEmpty'));
    this.drawTable(points, area, share, of);
  }

  drawTable(points, area, share, of) {
    const figure = (p) => html`<span class="km2">${km2(area(p), false, p.approximate)}</span> <span class="pct-wrap">(<span class="pct">${
      pct(share(p))}</span>${percentSign()})</span>`;
    const changeOf = (p) => (p.change ? km2(area({ occupied: p.change }), true, p.approximate) : '—');
    show(this.table, html`<table class="timeline-figures"><caption>${t('timelineCaption')}</caption>
      <thead><tr><th scope="col">${t('date')}</th><th scope="col">${t('occupiedSeries')}, ${unitKm2()} (${percentSign().trim()} ${of})</th>
      <th scope="col">${t('changeSince')}</th></tr></thead><tbody>${points.map((p) => html`<tr data-date="${p.date}">
      <th scope="row">${date(p.date)}${p.approximate ? html` <span class="approx-badge" title="${t('approximateLong')}">⚠</span>` : ''}</th>
      <td>${figure(p)}</td><td>${changeOf(p)}</td></tr>`)}</tbody></table>`);
  }

  /** Moves the marker of the layer shown, without fetching anything. */
  mark(selected) {
    this.selected = selected;
    if (this.plot) {
      this.plot.redraw(false);
      this.plot.setCursor({ left: -10, top: -10 });
    }
  }
}
