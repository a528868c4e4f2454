// The service's JSON, fetched once per URL. Errors carry the problem+json detail.

const cache = new Map();

export function getJson(url) {
  if (!cache.has(url)) {
    const request = fetch(url).then(async (response) => {
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
  return cache.get(url);
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
 * error (title, detail, field), or one made up for an answer that is not one. Never throws for an
 * HTTP error; an aborted request rejects with an AbortError.
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
    problem: { title: problem.title || response.statusText, detail: problem.detail || '', field: problem.field || null },
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
