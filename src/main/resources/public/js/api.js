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
