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

/** The answer's JSON; an error answer throws with its problem's detail. */
async function jsonOf(response) {
  if (!response.ok) {
    let detail = response.statusText;
    try {
      const problem = await response.json();
      detail = problem.detail || problem.title || detail;
    } catch { /* not JSON: keep the status text */ }
    throw new Error(`${response.status} ${detail}`);
  }
  return response.json();
}

export function getJson(url) {
  let request = cache.get(url);
  if (!request) {
    request = fetch(url).then(jsonOf);
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

/** Forgets a cached answer (e.g. a proposal's figures after a save). */
export function invalidate(url) {
  cache.delete(url);
}

/** Forgets every cached answer under a path (e.g. a proposal's figures after it is changed). */
export function invalidateUnder(path) {
  for (const key of [...cache.keys()]) {
    if (key === path || key.startsWith(`${path}/`) || key.startsWith(`${path}?`)) cache.delete(key);
  }
}

/** The URL of a Link header's rel="next", or null. */
export function nextLink(header) {
  const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(header || '');
  return m ? m[1] : null;
}

/**
 * A page of GET /proposals: { items, next }, next being the URL of the page after (the Link
 * header's rel="next") or null. Not cached: the stored proposals change.
 */
export async function getPage(url) {
  const response = await fetch(url);
  const items = await jsonOf(response);
  return { items, next: nextLink(response.headers.get('Link')) };
}

/** A stored proposal's definition and its ETag (for If-Match), read afresh. */
export async function getDefinition(id) {
  const response = await fetch(proposalPath(id), { cache: 'no-store' });
  const definition = await jsonOf(response);
  return { definition, etag: response.headers.get('ETag') };
}

/**
 * POSTs JSON; answers { ok, status, body, problem, etag } where problem is the RFC 9457 problem of
 * an error (title, detail, and where it names one, field and the reason it is at fault), or one
 * made up for an answer that is not one. Never throws for an HTTP error; an aborted request
 * rejects with an AbortError.
 */
export function postJson(url, body, options = {}) {
  return sendJson('POST', url, body, options);
}

/** PUTs JSON, as postJson answers; with ifMatch, only if the proposal is still at that ETag (else 412). */
export function putJson(url, body, options = {}) {
  return sendJson('PUT', url, body, options);
}

async function sendJson(method, url, body, { token, signal, ifMatch } = {}) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json, application/problem+json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (ifMatch) headers['If-Match'] = ifMatch;
  let response;
  try {
    response = await fetch(url, { method, headers, body: JSON.stringify(body), signal });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    return { ok: false, status: 0, problem: { title: 'Network error', detail: error.message } };
  }
  let data = null;
  try {
    data = await response.json();
  } catch { /* not JSON */ }
  if (response.ok) {
    return { ok: true, status: response.status, body: data, location: response.headers.get('Location'), etag: response.headers.get('ETag') };
  }
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
