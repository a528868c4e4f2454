// The service's JSON, each URL fetched once while it is among the most recently used. Errors carry
// the problem+json detail.

/**
 * How many answers are kept. A page shows at most three proposals, each with its report and its
 * shares at three details, plus the regions, layers and timeline: some 20 answers; 64 keeps a
 * few layers' worth for moving back and forth on the slider, not hundreds of layers' GeoJSON.
 */
export const CACHE_SIZE = 64;

/** A Map kept in order of use: a hit moves its key to the end; the first key is evicted. */
export class LruCache {
  constructor(size) {
    this.size = size;
    this.entries = new Map();
  }

  get(key) {
    if (!this.entries.has(key)) return undefined;
    const value = this.entries.get(key);
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key, value) {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value);
  }

  delete(key) {
    this.entries.delete(key);
  }

  /** The keys, least recently used first. */
  keys() {
    return this.entries.keys();
  }

  get length() {
    return this.entries.size;
  }
}

const cache = new LruCache(CACHE_SIZE);

export function getJson(url) {
  let request = cache.get(url);
  if (!request) {
    request = fetch(url).then(async (response) => {
      if (!response.ok) {
        let detail = response.statusText;
        try {
          const problem = await response.json();
          detail = problem.detail || problem.title || detail;
        } catch { /* not JSON: keep the status text */ }
        throw new Error(`${response.status} ${detail}`);
      }
      return response.json();
    });
    request.catch(() => cache.delete(url));
    cache.set(url, request);
  }
  return request;
}

/** A path with the control-layer parameter, if one is chosen. */
export function withLayer(path, layer) {
  return layer ? `${path}${path.includes('?') ? '&' : '?'}layer=${encodeURIComponent(layer)}` : path;
}

export const proposalPath = (id) => `/proposals/${encodeURIComponent(id)}`;

/** Forgets a cached answer (e.g. /proposals after a save). */
export function invalidate(url) {
  cache.delete(url);
}

/**
 * POSTs JSON; answers { ok, status, body, problem } where problem is the RFC 9457 problem of an
 * error (title, detail, and where it names one, field and the reason it is at fault), or one made
 * up for an answer that is not one. Never throws for an HTTP error; an aborted request rejects
 * with an AbortError.
 */
export async function postJson(url, body, { token, signal } = {}) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json, application/problem+json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  let response;
  try {
    response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body), signal });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    return { ok: false, status: 0, problem: { title: 'Network error', detail: error.message } };
  }
  let data = null;
  try {
    data = await response.json();
  } catch { /* not JSON */ }
  if (response.ok) return { ok: true, status: response.status, body: data, location: response.headers.get('Location') };
  const problem = data && typeof data === 'object' ? data : {};
  return {
    ok: false,
    status: response.status,
    problem: {
      title: problem.title || response.statusText,
      detail: problem.detail || '',
      field: problem.field || null,
      reason: problem.reason || null,
    },
  };
}

/**
 * The map geometry's detail for a zoom (the ?detail= of the GeoJSON routes): coarse (≈1 km) for
 * the whole country, medium (≈300 m) from zoom 7, fine (≈70 m) from zoom 9.
 */
export const detailAt = (zoom) => (zoom >= 9 ? 'fine' : zoom >= 7 ? 'medium' : 'coarse');

/** A GeoJSON path at a detail. */
export function withDetail(path, detail) {
  return `${path}${path.includes('?') ? '&' : '?'}detail=${detail}`;
}
