// Leaflet maps of Ukraine's regions with a proposal's shares or the territory two proposals
// assign differently drawn over them. No tiles unless the page is given a tile URL.

import { t, regionLabel, textIn, lang, count } from './i18n.js';
import { html, show } from './dom.js';
import { detailAt } from './api.js';
import { holders } from './vocabulary.js';
import { partyName } from './terms.js';
import { PolygonDrawing } from './draw.js';
import { PlaceLabels } from './places.js';
import { boundariesCredit, placesCredit } from './credits.js';

const L = window.L;

/**
 * Holder colours: orange, blue, purple and green, told apart by lightness too; regimes and
 * recognitions add a pattern. As the server's images draw them (render/Fills.java). A holder the
 * vocabulary names and this does not is drawn as Ukraine's.
 */
const COLORS = {
  russia: { strong: '#c25e00', light: '#f7cf9c' },
  ukraine: { strong: '#0b5fa5', light: '#cfe0f1' },
  undetermined: { strong: '#8e3b8a', light: '#ecd0e8' },
  'third-party': { strong: '#2e7d32', light: '#cfe8d0' },
};
const colorOf = (holder) => (Object.hasOwn(COLORS, holder) ? COLORS[holder] : COLORS.ukraine);
const LAND = '#f3f1ec';

/**
 * Stripes as the server's Fill.Stripes: [width of the stripe in an 8 px tile, rotation clockwise
 * from vertical]. A regime other than none has its own; otherwise the recognition's (in law is
 * solid, not mentioned the light tint, dotted for Russia: the status quo of occupation).
 */
const REGIME_STRIPES = {
  demilitarized: [2.5, 90],
  'free-economic-zone': [2.5, 0],
  'joint-administration': [3, -45],
  'international-monitoring': [1.6, 90],
};
const RECOGNITION_STRIPES = { 'de-facto': [3, 45], frozen: [1.6, 45] };
const NEUTRAL = { strong: '#555b63', light: '#eeeeee' };

function pattern(id, background, body, rotate) {
  return `<pattern id="${id}" patternUnits="userSpaceOnUse" width="8" height="8"`
    + ` patternTransform="rotate(${rotate})"><rect width="8" height="8" fill="${background}"/>${body}</pattern>`;
}

const stripes = (id, c, [width, rotate]) => pattern(id, c.light, `<rect width="${width}" height="8" fill="${c.strong}"/>`, rotate);

/** Writes the fill patterns once into an SVG <defs> element of the page: per holder, regime and recognition. */
export function installPatterns(defs) {
  let text = '';
  for (const holder of holders()) {
    const c = colorOf(holder);
    for (const [name, look] of [...Object.entries(REGIME_STRIPES), ...Object.entries(RECOGNITION_STRIPES)]) {
      text += stripes(`p-${holder}-${name}`, c, look);
    }
    text += pattern(`p-${holder}-dots`, c.light, `<circle cx="4" cy="4" r="1.7" fill="${c.strong}"/>`, 0);
    for (const to of holders()) {
      if (to !== holder) text += stripes(`t-${holder}-${to}`, { light: c.light, strong: colorOf(to).strong }, [4, 45]);
    }
  }
  // A regime's own stripes in grey, for its total whoever holds the territory.
  for (const [name, look] of Object.entries(REGIME_STRIPES)) text += stripes(`p-regime-${name}`, NEUTRAL, look);
  defs.innerHTML = text;
}

/** The fill of a regime's total (whoever holds the territory): its stripes in grey. */
export const regimeFill = (regime) => (Object.hasOwn(REGIME_STRIPES, regime) ? `url(#p-regime-${regime})` : NEUTRAL.light);

/**
 * The fill of a share held by holder under regime, recognised so (as Fills.share on the server):
 * a colour or a pattern; only known names reach a url().
 */
export function shareFill(holder, recognition, regime = 'none') {
  const known = holders().includes(holder) ? holder : 'ukraine';
  const c = colorOf(known);
  if (Object.hasOwn(REGIME_STRIPES, regime)) return `url(#p-${known}-${regime})`;
  if (recognition === 'in-law') return c.strong;
  if (Object.hasOwn(RECOGNITION_STRIPES, recognition)) return `url(#p-${known}-${recognition})`;
  if (recognition === 'not-mentioned' && known === 'russia') return `url(#p-${known}-dots)`;
  return c.light;
}

export function transferFill(from, to) {
  const known = holders();
  return known.includes(from) && known.includes(to) && from !== to ? `url(#t-${from}-${to})` : '#999';
}

export const partyColor = (party) => colorOf(party).strong;

/** The colour of a point a proposal names (a nuclear plant), as its legend shows it. */
export const POINT = '#c21f4b';

/** The line of contact of the layer shown: dark, over a white casing, so it reads on every fill. */
export const LINE = { color: '#1b1d21', weight: 2.2, casing: '#ffffff', casingWeight: 4.5 };

/** The outline of an area as the user drew it (see MapView.showDrawn), for a legend swatch too. */
export const DRAWN = { color: '#1b1d21', weight: 1.5, dash: '1 4' };

/** A small legend swatch with the given fill (colour or pattern); line: {width, dash} for outlines. */
export function swatch(fill, line = {}, opacity = 1) {
  return html`<svg class="swatch" width="26" height="16" aria-hidden="true" focusable="false"><rect x="0.5" y="0.5"
    width="25" height="15" fill="${fill}" fill-opacity="${opacity}" stroke="#333" stroke-width="${line.width || 1}"
    stroke-dasharray="${line.dash || 'none'}"/></svg>`;
}

const OCCUPIED_SINCE_2014 = new Set(['UA-43', 'UA-40']);
const SMALL = new Set(['UA-30', 'UA-40']);
// Where a computed label point would sit badly: Kyiv Oblast surrounds the city of Kyiv.
const LABEL_AT = { 'UA-32': [50.95, 30.0] };

function outlineStyle(code, highlighted) {
  const crimea = OCCUPIED_SINCE_2014.has(code);
  return {
    color: highlighted ? '#000' : crimea ? '#3a3a3a' : '#5a5a5a',
    weight: highlighted ? 3.5 : crimea ? 1.6 : 0.8,
    dashArray: crimea && !highlighted ? '5 4' : null,
    fillColor: '#000',
    fillOpacity: 0,
    className: `region region-${code}`,
  };
}

/** A point to hang a label on: the centroid of the largest ring (planar, for display only). */
function labelPoint(feature) {
  if (LABEL_AT[feature.id]) return LABEL_AT[feature.id];
  const g = feature.geometry;
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let best = null;
  for (const polygon of polygons) {
    const ring = polygon[0];
    let a = 0; let x = 0; let y = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const cross = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
      a += cross;
      x += (ring[j][0] + ring[i][0]) * cross;
      y += (ring[j][1] + ring[i][1]) * cross;
    }
    if (!best || Math.abs(a) > Math.abs(best.a)) best = { a, x: x / (3 * a), y: y / (3 * a) };
  }
  return [best.y, best.x];
}

const hasArea = (feature) => feature.geometry && feature.geometry.coordinates.length > 0;

/**
 * One map: regions, an optional overlay (shares or transfers), labels, a flag for approximate lines.
 * The regions (and a proposal's shares) are drawn at the detail that fits the zoom: regions is the
 * collection at `detail`; regionsAt(detail) gives (a promise of) it at another, fetched once.
 */
export class MapView {
  constructor(element, { regions, detail, regionsAt, tiles, onRegion, attribution, places = [] }) {
    this.element = element;
    const map = L.map(element, {
      zoomSnap: 0.25, zoomDelta: 0.5, wheelPxPerZoomLevel: 120, minZoom: 3, maxZoom: 12,
      attributionControl: false,
    });
    this.map = map;
    // Sources as text (Leaflet's own attribution control takes HTML): the layer's, the tiles'.
    if (attribution || tiles) {
      this.sources = new (L.Control.extend({
        onAdd: () => {
          const box = L.DomUtil.create('div', 'leaflet-control-attribution');
          const leaflet = document.createElement('a');
          leaflet.href = 'https://leafletjs.com';
          leaflet.textContent = 'Leaflet';
          this.layerSource = document.createElement('span');
          const tileSource = document.createElement('span');
          tileSource.textContent = tiles && tiles.attribution ? ` | ${tiles.attribution}` : '';
          box.append(leaflet, this.layerSource, tileSource);
          L.DomEvent.disableClickPropagation(box);
          return box;
        },
      }))({ position: 'bottomright' }).addTo(map);
    }
    map.createPane('land').style.zIndex = 350; // under the shares (overlayPane, 400)
    map.createPane('outlines').style.zIndex = 450;
    const line = map.createPane('line');
    line.style.zIndex = 455;
    line.style.pointerEvents = 'none';
    const placePane = map.createPane('places');
    placePane.style.zIndex = 458;
    placePane.style.pointerEvents = 'none';
    const labels = map.createPane('labels');
    labels.style.zIndex = 460;
    labels.style.pointerEvents = 'none';
    if (tiles) {
      L.tileLayer(tiles.url, { maxZoom: 18 }).addTo(map);
    }
    this.opacity = tiles ? 0.7 : 1;
    this.onRegion = onRegion;
    this.regionsAt = regionsAt;
    this.wanted = detail;
    this.syncs = 0;
    this.sharesAt = null; // (detail) => promise of the shares shown, when they come at several details
    this.overlay = L.layerGroup().addTo(map);
    this.drawRegions(regions, detail);
    this.labelLayer = L.layerGroup().addTo(map);
    this.regions = regions; // for the labels: they stay where they were put whatever the detail
    this.lineLayer = L.layerGroup().addTo(map);
    this.pointLayer = L.layerGroup().addTo(map);
    this.places = new PlaceLabels(map, places, () => this.regionLabelBoxes());
    map.on('zoomend', () => {
      this.zoomClasses();
      this.fitDetail();
    });
    // Leaflet follows window resizes only; captions and panels also change a map's size.
    this.resizes = new ResizeObserver(() => map.invalidateSize());
    this.resizes.observe(element);
    this.flag = new (L.Control.extend({
      onAdd: () => L.DomUtil.create('div', 'approx-flag'),
    }))({ position: 'topright' });
    this.staleFlag = new (L.Control.extend({
      onAdd: () => L.DomUtil.create('div', 'approx-flag stale-flag'),
    }))({ position: 'bottomleft' });
  }

  /** The land and the outlines (hover, tap, highlight) at a detail, in place of those shown. */
  drawRegions(regions, detail) {
    const land = L.geoJSON(regions, {
      pane: 'land',
      interactive: false,
      style: { stroke: false, fillColor: LAND, fillOpacity: this.opacity },
    }).addTo(this.map);
    const outlines = L.geoJSON(regions, {
      pane: 'outlines',
      style: (f) => outlineStyle(f.id, false),
      onEachFeature: (f, layer) => layer.on({
        mouseover: () => this.onRegion(f.id, false),
        mouseout: () => this.onRegion(null, false),
        click: () => this.onRegion(f.id, true),
      }),
    }).addTo(this.map);
    if (this.land) this.land.remove();
    if (this.outlines) this.outlines.remove();
    this.land = land;
    this.outlines = outlines;
    this.regionsDetail = detail;
    if (this.highlighted) this.highlight(this.highlighted);
  }

  /** The detail the zoom calls for; what is drawn follows it. */
  fitDetail() {
    this.wanted = detailAt(this.map.getZoom());
    this.sync();
  }

  /** The detail of the map geometry the zoom calls for: coarse, medium or fine. */
  wantedDetail() {
    return this.wanted;
  }

  /** Draws the regions and the shares at the wanted detail, once each is at hand (each fetched once). */
  sync() {
    const detail = this.wanted;
    const at = this.sharesAt;
    const regions = this.regionsDetail !== detail;
    const shares = at && this.sharesDetail !== detail;
    if (!regions && !shares) return;
    const token = ++this.syncs;
    Promise.all([regions ? this.regionsAt(detail) : null, shares ? at(detail) : null]).then(([r, s]) => {
      if (token !== this.syncs || this.removed) return;
      if (r) this.drawRegions(r, detail);
      if (s && this.sharesAt === at) this.drawShares(s, detail);
    }, () => { /* keep the detail drawn */ });
  }

  /** Region names in the current language. */
  drawLabels() {
    this.labelLayer.clearLayers();
    for (const f of this.regions.features) {
      const span = document.createElement('span');
      span.textContent = regionLabel(f.properties);
      const icon = L.divIcon({
        className: `region-label${SMALL.has(f.id) ? ' small' : ''}`, html: span, iconSize: null,
      });
      L.marker(labelPoint(f), { icon, interactive: false, keyboard: false, pane: 'labels' })
        .addTo(this.labelLayer);
    }
    this.places.redraw();
  }

  /**
   * The screen boxes of the region names shown, in container pixels, for the places to avoid. A
   * name that would overlap one before it (small regions, long Ukrainian names on a phone) is hidden.
   */
  regionLabelBoxes() {
    const origin = this.element.getBoundingClientRect();
    const boxes = [];
    for (const span of this.element.querySelectorAll('.region-label span')) {
      span.style.visibility = '';
      const r = span.getBoundingClientRect();
      if (r.width === 0) continue;
      const box = { x0: r.left - origin.left, x1: r.right - origin.left, y0: r.top - origin.top, y1: r.bottom - origin.top };
      if (boxes.some((b) => box.x0 < b.x1 && b.x0 < box.x1 && box.y0 < b.y1 && b.y0 < box.y1)) {
        span.style.visibility = 'hidden';
      } else {
        boxes.push(box);
      }
    }
    return boxes;
  }

  /** The line of contact of the layer in use (a /layers/{date}/line.geojson Feature), or none. */
  showLine(feature) {
    this.lineLayer.clearLayers();
    if (!feature) return;
    L.geoJSON(feature, {
      pane: 'line', interactive: false,
      style: { color: LINE.casing, weight: LINE.casingWeight, opacity: 0.9, lineCap: 'round', lineJoin: 'round' },
    }).addTo(this.lineLayer);
    L.geoJSON(feature, {
      pane: 'line', interactive: false,
      style: { color: LINE.color, weight: LINE.weight, lineCap: 'round', lineJoin: 'round', className: 'contact-line' },
    }).addTo(this.lineLayer);
  }

  /**
   * The points a proposal names (its definition's places: { id, name (a text), lon, lat }), each a
   * marker with its name in the page's language, over the shares; none to clear them.
   */
  showNamedPoints(points) {
    this.pointLayer.clearLayers();
    for (const point of points) {
      const found = textIn(point.name) || { text: point.id, lang: 'en' };
      const label = document.createElement('span');
      label.className = 'named-point';
      label.dataset.place = point.id;
      label.lang = found.lang;
      label.textContent = found.text;
      L.circleMarker([point.lat, point.lon], {
        pane: 'labels', interactive: false, radius: 5, color: '#ffffff', weight: 2, fillColor: POINT, fillOpacity: 1,
        className: 'named-point-marker',
      }).addTo(this.pointLayer);
      L.marker([point.lat, point.lon], {
        pane: 'labels', interactive: false, keyboard: false,
        icon: L.divIcon({ className: 'named-point-label', html: label, iconSize: null }),
      }).addTo(this.pointLayer);
    }
  }

  /**
   * The settlements a proposal moves from one holder to another (a report's
   * people.settlementsChangingHands.largest: { name, nameUk, lon, lat, population, from, to }), each
   * a ring in the colour of the holder it goes to with its name in the page's language, titled
   * "Kramatorsk, 173,700 people: Ukraine → Russia"; none to clear them.
   */
  showSettlements(settlements) {
    const uk = lang() === 'uk';
    this.places.mark(settlements.map((s) => {
      const text = uk && s.nameUk ? s.nameUk : s.name;
      return {
        lat: s.lat, lon: s.lon, text, lang: uk && s.nameUk ? 'uk' : 'en', color: colorOf(s.to).strong,
        title: t('settlementTitle', { name: text, population: count(s.population), from: partyName(s.from), to: partyName(s.to) }),
      };
    }));
  }

  zoomClasses() {
    const zoom = this.map.getZoom();
    this.element.classList.toggle('zoom-far', zoom < 5.25);
    this.element.classList.toggle('zoom-mid', zoom < 6.75);
  }

  /**
   * A proposal's shares (its /geojson), each holder, regime and recognition with its own fill. With at, a
   * function (detail) => promise of the shares at that detail, they follow the zoom's detail too;
   * detail is that of the collection.
   */
  showShares(collection, at = null, detail = null) {
    this.sharesAt = at;
    this.drawShares(collection, detail);
    if (at) this.sync();
  }

  drawShares(collection, detail) {
    this.sharesDetail = detail;
    this.overlay.clearLayers();
    L.geoJSON(collection, {
      interactive: false,
      filter: hasArea,
      style: (f) => {
        const { party, regime, recognition } = f.properties;
        return {
          fillColor: shareFill(party, recognition, regime), fillOpacity: this.opacity,
          color: colorOf(party).strong, weight: 0.6,
          className: `share party-${party} regime-${regime} recognition-${recognition}`,
        };
      },
    }).addTo(this.overlay);
  }

  /**
   * Polygons as the user drew them (lon/lat GeoJSON geometries), outlined over the shares, which
   * show what the server made of them (repaired, clipped to Ukraine, cut by other terms).
   */
  showDrawn(polygons) {
    L.geoJSON({ type: 'FeatureCollection', features: polygons.map((geometry) => ({ type: 'Feature', geometry, properties: {} })) }, {
      interactive: false,
      style: { fill: false, color: DRAWN.color, weight: DRAWN.weight, dashArray: DRAWN.dash, lineCap: 'round', className: 'drawn-outline' },
    }).addTo(this.overlay);
  }

  /**
   * Marks the shares shown as out of date: 'stale' while newer ones are on their way, 'failed'
   * (with a flag on the map) when the server could not make them; '' when they are current.
   */
  markStale(state = '') {
    this.element.classList.toggle('shares-stale', state === 'stale');
    this.element.classList.toggle('shares-failed', state === 'failed');
    if (state !== 'failed') {
      this.staleFlag.remove();
      return;
    }
    this.staleFlag.addTo(this.map);
    this.staleFlag.getContainer().textContent = `⚠ ${t('mapNotUpdated')}`;
  }

  /** The territory two proposals assign differently (a /compare difference's geojson). */
  showTransfers(collection) {
    this.sharesAt = null;
    this.overlay.clearLayers();
    L.geoJSON(collection, {
      interactive: false,
      filter: hasArea,
      style: (f) => {
        const { fromParty, toParty } = f.properties;
        return {
          fillColor: transferFill(fromParty, toParty), fillOpacity: 1,
          color: colorOf(toParty).strong, weight: 1.2,
          className: `transfer from-${fromParty} to-${toParty}`,
        };
      },
    }).addTo(this.overlay);
  }

  /** Shows or hides the "approximate front line" flag on the map. */
  flagApproximate(approximate) {
    if (!approximate) {
      this.flag.remove();
      return;
    }
    this.flag.addTo(this.map);
    const box = this.flag.getContainer();
    box.textContent = `⚠ ${t('approximate')}`;
    box.title = t('approximateLong');
  }

  /** The control layer's credit (nodes, links kept), then the boundaries' and the places'. */
  setAttribution(credit) {
    if (this.layerSource) show(this.layerSource, html` | ${credit} | ${boundariesCredit()} | ${placesCredit()}`);
  }

  /** The centre and zoom shown: { lat, lng, zoom }. */
  view() {
    const c = this.map.getCenter();
    return { lat: c.lat, lng: c.lng, zoom: this.map.getZoom() };
  }

  /** Moves to a centre and zoom ({ lat, lng, zoom }) at once. */
  setView({ lat, lng, zoom }) {
    this.map.setView([lat, lng], zoom, { animate: false });
  }

  /** The bounds shown (a Leaflet LatLngBounds). */
  bounds() {
    return this.map.getBounds();
  }

  /** Shows the bounds (a Leaflet LatLngBounds) with Leaflet's fitBounds options. */
  fitBounds(bounds, options = {}) {
    this.map.fitBounds(bounds, options);
  }

  /** Calls back after each move or zoom of this map. */
  onMove(callback) {
    this.map.on('moveend', callback);
  }

  /** Takes the size the page now gives the map (Leaflet follows window resizes only). */
  resize() {
    this.map.invalidateSize({ pan: false });
  }

  /** The shares shown stay as they are whatever the zoom, until showShares is called again. */
  keepShares() {
    this.sharesAt = null;
  }

  /** Brings the map into view and gives it the focus, e.g. to draw on it. */
  focus() {
    this.element.scrollIntoView({ block: 'nearest' });
    this.map.getContainer().focus({ preventScroll: true });
  }

  /** Lets the user draw a polygon on the map (draw.js); done(polygon or null) is called once. */
  drawPolygon(color, done) {
    return new PolygonDrawing(this.map, color, done);
  }

  highlight(code) {
    this.highlighted = code;
    this.outlines.eachLayer((layer) => {
      const on = layer.feature.id === code;
      layer.setStyle(outlineStyle(layer.feature.id, on));
      if (on) layer.bringToFront();
    });
  }

  remove() {
    this.removed = true;
    this.places.remove();
    this.resizes.disconnect();
    this.map.remove();
  }
}

/** Keeps maps on the same centre and zoom: moving one moves the others. */
export function synchronise(views) {
  let busy = false;
  for (const view of views) {
    view.map.on('move zoomend', () => {
      if (busy) return;
      busy = true;
      for (const other of views) {
        if (other !== view) other.map.setView(view.map.getCenter(), view.map.getZoom(), { animate: false });
      }
      busy = false;
    });
  }
}
