// Click-to-draw a polygon on a Leaflet map, with Leaflet's own layers and events only (no plugin):
// a click (or tap) adds a corner, a double-click or "Finish" closes the shape, Backspace or "Undo"
// takes the last corner back, Escape or "Cancel" stops. Keyboard users move the map with the arrow
// keys and add the corner under the cross in the middle with "Add the centre".

import { t } from './i18n.js';
import { html } from './dom.js';

const L = window.L;
const PANE = 'drawing';

export class PolygonDrawing {
  /**
   * @param map a Leaflet map
   * @param color the outline colour
   * @param onDone called with a GeoJSON Polygon, or null if cancelled
   */
  constructor(map, color, onDone) {
    this.map = map;
    this.onDone = onDone;
    this.corners = [];
    // Its own pane, above the shapes, outlines and labels: a preview drawn meanwhile stays under it.
    const pane = map.getPane(PANE) || map.createPane(PANE);
    pane.style.zIndex = 480;
    pane.style.pointerEvents = 'none';
    this.layers = L.layerGroup().addTo(map);
    this.outline = L.polyline([], { color, weight: 2.5, interactive: false, pane: PANE }).addTo(this.layers);
    this.guide = L.polyline([], { color, weight: 1.5, dashArray: '5 5', interactive: false, pane: PANE }).addTo(this.layers);
    this.dots = L.layerGroup().addTo(this.layers);
    map.doubleClickZoom.disable();
    map.getContainer().classList.add('drawing');
    this.handlers = {
      click: (e) => this.add(e.latlng, e.originalEvent),
      dblclick: (e) => {
        L.DomEvent.stop(e);
        this.finish();
      },
      mousemove: (e) => this.follow(e.latlng),
    };
    map.on(this.handlers);
    this.onKey = (e) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        this.cancel();
      } else if (e.key === 'Backspace' && !/^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName)) {
        e.preventDefault();
        this.undo();
      } else if (e.key === 'Enter' && document.activeElement === map.getContainer()) {
        e.preventDefault();
        this.add(map.getCenter());
      }
    };
    document.addEventListener('keydown', this.onKey);
    this.toolbar = new (L.Control.extend({
      onAdd: () => {
        const box = L.DomUtil.create('div', 'draw-toolbar leaflet-bar');
        box.append(html`<p class="draw-hint" role="status"></p>
          <div class="draw-buttons">
          <button type="button" data-draw="centre">${t('drawCentre')}</button>
          <button type="button" data-draw="undo">${t('drawUndo')}</button>
          <button type="button" data-draw="finish" class="primary">${t('drawFinish')}</button>
          <button type="button" data-draw="cancel">${t('drawCancel')}</button></div>`);
        L.DomEvent.disableClickPropagation(box);
        L.DomEvent.disableScrollPropagation(box);
        box.addEventListener('click', (e) => {
          const action = e.target.closest('button')?.dataset.draw;
          if (action === 'centre') this.add(map.getCenter());
          else if (action === 'undo') this.undo();
          else if (action === 'finish') this.finish();
          else if (action === 'cancel') this.cancel();
        });
        return box;
      },
    }))({ position: 'topleft' }).addTo(map);
    this.cross = L.DomUtil.create('div', 'draw-cross', map.getContainer());
    this.cross.setAttribute('aria-hidden', 'true');
    this.update();
  }

  /** Adds a corner; the second click of a double-click (same place) adds nothing. */
  add(latlng, event) {
    const last = this.corners[this.corners.length - 1];
    if (last && this.map.latLngToContainerPoint(last).distanceTo(this.map.latLngToContainerPoint(latlng)) < 4) return;
    if (event && event.detail > 1) return;
    this.corners.push(L.latLng(latlng.lat, latlng.lng));
    L.circleMarker(latlng, { radius: 4, weight: 1.5, color: '#1b1d21', fillColor: '#fff', fillOpacity: 1, interactive: false, pane: PANE })
      .addTo(this.dots);
    this.update();
  }

  undo() {
    this.corners.pop();
    const dots = this.dots.getLayers();
    if (dots.length) this.dots.removeLayer(dots[dots.length - 1]);
    this.update();
  }

  follow(latlng) {
    const last = this.corners[this.corners.length - 1];
    this.guide.setLatLngs(last ? [last, latlng, ...(this.corners.length > 1 ? [this.corners[0]] : [])] : []);
  }

  update() {
    this.outline.setLatLngs(this.corners);
    const box = this.toolbar.getContainer();
    box.querySelector('.draw-hint').textContent = t('drawHint', { n: this.corners.length });
    box.querySelector('[data-draw="finish"]').disabled = this.corners.length < 3;
    box.querySelector('[data-draw="undo"]').disabled = this.corners.length === 0;
  }

  finish() {
    if (this.corners.length < 3) return;
    const ring = this.corners.map((c) => [round(c.lng), round(c.lat)]);
    ring.push(ring[0]);
    this.end({ type: 'Polygon', coordinates: [ring] });
  }

  cancel() {
    this.end(null);
  }

  end(polygon) {
    this.map.off(this.handlers);
    document.removeEventListener('keydown', this.onKey);
    this.layers.remove();
    this.toolbar.remove();
    this.cross.remove();
    this.map.getContainer().classList.remove('drawing');
    // Not at once: the double-click that closed the area must not zoom the map; nor while another is drawn.
    const map = this.map;
    setTimeout(() => {
      if (map.options.doubleClickZoom && !map.getContainer().classList.contains('drawing')) map.doubleClickZoom.enable();
    }, 400);
    this.onDone(polygon);
  }
}

/** Degrees to 6 places (about 10 cm): what a click can mean. */
const round = (x) => Math.round(x * 1e6) / 1e6;
