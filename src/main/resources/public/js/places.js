// City and town names over a map (GET /places, GeoNames): oblast centres always, more places as
// one zooms in, none overlapping another or a region's name. Placed greedily in the server's
// order (unit centres, then by population) after every zoom, move and resize. Settlements the map
// marks (those a proposal moves from one holder to another) come first: a ring, always, and the
// name where it fits; a place under a ring is not labelled again.

import { lang } from './i18n.js';

const L = window.L;

/** The smallest population labelled at a zoom (centres are labelled at any zoom). */
function minPopulation(zoom) {
  if (zoom < 5.5) return Infinity;
  if (zoom < 6.5) return 150000;
  if (zoom < 7.5) return 40000;
  if (zoom < 8.5) return 12000;
  if (zoom < 9.5) return 4000;
  return 0;
}

/** Most labels on one map: beyond this a map is text, not a map. */
const MAX_LABELS = 120;
/** Room kept around each label, px. */
const GAP = 3;

/**
 * The boxes a name w × h px may take around a point p, best first: right of the dot, left, above,
 * below, then above and below clear of a region's name written over the point (a centre and its
 * oblast often share the name and the spot).
 */
function candidates(p, w, h, r = 5) {
  const row = (y0) => [{ x0: p.x + r, x1: p.x + r + w, y0, y1: y0 + h }, { x0: p.x - r - w, x1: p.x - r, y0, y1: y0 + h }];
  const centred = (y0) => ({ x0: p.x - w / 2, x1: p.x + w / 2, y0, y1: y0 + h });
  return [...row(p.y - h / 2), centred(p.y - 4 - h), centred(p.y + 4), centred(p.y - 13 - h), centred(p.y + 13)];
}

/** A marked settlement's ring: radius, px (the CSS .settlement-ring is twice this wide). */
const RING = 6;

const overlaps = (a, b) => a.x0 < b.x1 + GAP && b.x0 < a.x1 + GAP && a.y0 < b.y1 + GAP && b.y0 < a.y1 + GAP;

/**
 * The place labels of one Leaflet map. rows: /places' rows ([name, nameUk, lon, lat, population,
 * centre]); avoid(): the screen boxes already taken (region names), in container pixels.
 */
export class PlaceLabels {
  constructor(map, rows, avoid = () => []) {
    this.map = map;
    this.rows = rows;
    this.avoid = avoid;
    this.marked = [];
    this.layer = L.layerGroup().addTo(map);
    this.measure = document.createElement('canvas').getContext('2d');
    this.redraw = this.redraw.bind(this);
    map.on('zoomend moveend resize', this.redraw);
  }

  /** The width of a name in the labels' font, px, measured on a canvas. */
  width(text, size) {
    this.measure.font = `${size >= 12 ? 600 : 500} ${size}px system-ui, sans-serif`;
    return this.measure.measureText(text).width;
  }

  /**
   * The settlements to mark, each { lat, lon, text (its name), lang, color (of the ring), title
   * (what the ring reads out and shows on hover) }, most important first; [] for none.
   */
  mark(settlements) {
    this.marked = settlements;
    this.redraw();
  }

  /**
   * A marked settlement: its ring (titled) and, in a free spot if there is one, its name. The ring
   * lies under the regions' names (a pane below theirs), which keep their places.
   */
  drawMarked(m, p, taken) {
    const icon = document.createElement('span');
    const ring = document.createElement('span');
    ring.className = 'settlement-ring';
    ring.style.borderColor = m.color;
    ring.setAttribute('role', 'img');
    ring.setAttribute('aria-label', m.title);
    ring.title = m.title;
    icon.append(ring);
    const w = this.width(m.text, 12) + 2;
    const h = 14;
    const size = this.map.getSize();
    // In Ukrainian, named only where the place has a Ukrainian name: the labels stay in one language.
    const free = m.lang !== lang() ? null : candidates(p, w, h, RING + 3).find((box) => box.x0 >= 0 && box.x1 <= size.x
      && !taken.some((t) => overlaps(box, t)));
    if (free) {
      taken.push(free);
      const label = document.createElement('span');
      label.className = 'settlement-label';
      label.setAttribute('aria-hidden', 'true'); // the ring reads the name out, with more
      label.lang = m.lang;
      label.textContent = m.text;
      label.style.left = `${Math.round(free.x0 - p.x + RING)}px`;
      label.style.top = `${Math.round(free.y0 - p.y + RING)}px`;
      icon.append(label);
    }
    L.marker([m.lat, m.lon], {
      pane: 'places', interactive: false, keyboard: false,
      icon: L.divIcon({ className: 'settlement-mark', html: icon, iconSize: [2 * RING, 2 * RING], iconAnchor: [RING, RING] }),
    }).addTo(this.layer);
  }

  /** Places the labels afresh for the view shown (cheap: 1,651 points, a few hundred boxes). */
  redraw() {
    this.layer.clearLayers();
    if (!this.map.getSize().x) return;
    const zoom = this.map.getZoom();
    const least = minPopulation(zoom);
    const size = this.map.getSize();
    const taken = [...this.avoid()];
    // The rings first, so that no name covers one; then their names, then the places.
    const rings = this.marked.map((m) => this.map.latLngToContainerPoint([m.lat, m.lon]));
    for (const p of rings) taken.push({ x0: p.x - RING, x1: p.x + RING, y0: p.y - RING, y1: p.y + RING });
    this.marked.forEach((m, i) => this.drawMarked(m, rings[i], taken));
    const uk = lang() === 'uk';
    let count = 0;
    for (const [name, nameUk, lon, lat, population, centre] of this.rows) {
      if (count >= MAX_LABELS) break;
      if (!centre && population < least) continue;
      // In Ukrainian, only the places with a Ukrainian name: the labels stay in one language.
      if (uk && !nameUk) continue;
      const p = this.map.latLngToContainerPoint([lat, lon]);
      if (p.x < 0 || p.y < 0 || p.x > size.x || p.y > size.y) continue;
      if (rings.some((r) => Math.abs(r.x - p.x) <= RING && Math.abs(r.y - p.y) <= RING)) continue;
      const text = uk && nameUk ? nameUk : name;
      const fontSize = centre ? 12 : population >= 100000 ? 11 : 10;
      const w = this.width(text, fontSize) + 2;
      const h = fontSize + 2;
      const free = candidates(p, w, h).find((box) => box.x0 >= 0 && box.x1 <= size.x
        && !taken.some((t) => overlaps(box, t)));
      if (!free) continue;
      // The name and its dot: later names keep clear of both.
      taken.push(free, { x0: p.x - 3, x1: p.x + 3, y0: p.y - 3, y1: p.y + 3 });
      count++;
      const label = document.createElement('span');
      label.className = `place-label${centre ? ' centre' : ''}`;
      label.style.fontSize = `${fontSize}px`;
      // Placed in the icon's box, whose top left corner is 3 px up and left of the point.
      label.style.left = `${Math.round(free.x0 - p.x + 3)}px`;
      label.style.top = `${Math.round(free.y0 - p.y + 3)}px`;
      label.textContent = text;
      label.lang = uk ? 'uk' : 'en';
      const icon = L.divIcon({ className: 'place', html: label, iconSize: [6, 6], iconAnchor: [3, 3] });
      L.marker([lat, lon], { icon, interactive: false, keyboard: false, pane: 'places' }).addTo(this.layer);
    }
  }

  remove() {
    this.map.off('zoomend moveend resize', this.redraw);
    this.layer.remove();
  }
}
