#!/usr/bin/env python3
"""The attacks of bench/abuse.sh, against servers already started on 127.0.0.1.

usage: abuse.py preview PORT SECONDS | slow PORT SECONDS CONNECTIONS | ifmatch PORT_A PORT_B TOKEN ROUNDS
       | list PORT TOKEN COUNT SECONDS
Prints one line per attack: requests served, 5xx (503s apart), /health p50/p99 during the attack,
and its own criteria; exits 1 if one fails.
"""
import http.client, json, math, random, selectors, socket, statistics, sys, threading, time

HOST = "127.0.0.1"
DEADLINE = 2.0  # the server's --compute-deadline

def request(port, method, path, body=None, headers=None, timeout=30):
    c = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        c.request(method, path, body=body, headers=headers or {})
        r = c.getresponse()
        return r.status, dict((k.lower(), v) for k, v in r.getheaders()), r.read()
    finally:
        c.close()

class Health(threading.Thread):
    """Probes /health every 100 ms on a fresh connection; times in ms, a failure counts 5 s."""
    def __init__(self, port):
        super().__init__(daemon=True)
        self.port, self.times, self.failed, self.stop = port, [], 0, threading.Event()
    def run(self):
        while not self.stop.is_set():
            t = time.monotonic()
            try:
                status, _, _ = request(self.port, "GET", "/health", timeout=5)
                ok = status == 200
            except Exception:
                ok = False
            self.times.append((time.monotonic() - t) * 1000 if ok else 5000)
            self.failed += 0 if ok else 1
            self.stop.wait(0.1)
    def summary(self):
        self.stop.set(); self.join()
        t = sorted(self.times)
        p = lambda q: t[min(len(t) - 1, int(q * len(t)))] if t else float("nan")
        return p(0.5), p(0.99), self.failed

def point(lon, lat):
    return [round(lon, 5), round(lat, 5)]

def definition(polygon):
    return json.dumps({"id": "abuse", "title": "Abuse", "date": "2026-11-28", "summary": "Costly.",
        "sources": [], "layer": "2025-08-15", "unassigned": "ukraine",
        "assignments": [{"territory": {"polygon": polygon}, "party": "russia", "status": "de-facto"}]})

def zigzag(n):
    ring = [point(23 + 16.0 * i / (n - 2), 46 if i % 2 == 0 else 51) for i in range(n - 1)]
    return definition({"type": "Polygon", "coordinates": [ring + [ring[0]]]})

def triangles(count):
    cols = int((count * 2.5) ** 0.5) + 1
    rows = -(-count // cols)
    polys = []
    for i in range(count):
        x, y = 23 + 16.0 * (i % cols) / cols, 46 + 5.0 * (i // cols) / rows
        polys.append([[point(x, y), point(x + 0.02, y), point(x, y + 0.02), point(x, y)]])
    return definition({"type": "MultiPolygon", "coordinates": polys})

def comb(teeth):
    """A valid comb across the country, 4 vertices a tooth: nothing to repair, every atom cut finely."""
    w = 17.0 / teeth
    ring = [point(22.5, 44.5), point(39.5, 44.5)]
    for i in range(teeth - 1, -1, -1):
        x = 22.5 + i * w
        ring += [point(x + w, 45), point(x + w / 2, 45), point(x + w / 2, 52), point(x, 52)]
    return definition({"type": "Polygon", "coordinates": [ring + [ring[0]]]})

def report(name, served, errors, s503, health, extra, ok):
    p50, p99, failed = health
    print(f"{name}: served {served}, 5xx {errors} (503 apart: {s503}), /health p50 {p50:.1f} ms p99 {p99:.1f} ms"
          f" ({failed} probes failed); {extra} -> {'ok' if ok else 'FAILED'}", flush=True)
    return ok

def preview(port, seconds):
    bodies = [zigzag(4000).encode(), triangles(10000).encode(), triangles(190).encode(), zigzag(49990).encode(),
              comb(1249).encode(), zigzag(100).encode()]
    health = Health(port); health.start()
    end = time.monotonic() + seconds
    lock = threading.Lock()
    stats = {"served": 0, "5xx": 0, "503": 0, "late": 0, "slowest": 0.0, "status": {}}
    def client(k):
        while time.monotonic() < end:
            body = bodies[(k + stats["served"]) % len(bodies)]
            t = time.monotonic()
            try:
                status, _, _ = request(port, "POST", "/proposals/preview", body, {"Content-Type": "application/json"}, 60)
            except Exception:
                status = 0
            took = time.monotonic() - t
            with lock:
                stats["served"] += 1
                stats["status"][status] = stats["status"].get(status, 0) + 1
                stats["slowest"] = max(stats["slowest"], took)
                if status == 503: stats["503"] += 1
                elif status >= 500 or status == 0: stats["5xx"] += 1
                if took > DEADLINE + 1: stats["late"] += 1
    threads = [threading.Thread(target=client, args=(k,)) for k in range(16)]
    for t in threads: t.start()
    for t in threads: t.join()
    h = health.summary()
    ok = stats["5xx"] == 0 and stats["late"] == 0 and h[1] < 50
    return report("preview flood (16 clients, worst inputs)", stats["served"], stats["5xx"], stats["503"], h,
                  f"statuses {dict(sorted(stats['status'].items()))}, slowest answer {stats['slowest']:.2f} s,"
                  f" {stats['late']} later than deadline + 1 s", ok)

def slow(port, seconds, connections):
    """Half the connections send their headers, half their bodies, one byte per connection per second."""
    sel = selectors.DefaultSelector()
    conns, opened, cut = {}, 0, {"head": 0, "body": 0}
    def open_one(kind):
        nonlocal opened
        s = socket.socket()
        s.setblocking(False)
        s.connect_ex((HOST, port))
        head = (b"POST /proposals/preview HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                b"Content-Length: 100000\r\n\r\n") if kind == "body" else b""
        conns[s] = [kind, head, time.monotonic()]
        sel.register(s, selectors.EVENT_READ)
        opened += 1
    for i in range(connections):
        open_one("head" if i % 2 == 0 else "body")
    health = Health(port); health.start()
    end = time.monotonic() + seconds
    next_tick = time.monotonic()
    while time.monotonic() < end:
        for key, _ in sel.select(timeout=0.1):
            s = key.fileobj
            try:
                data = s.recv(4096)
            except (BlockingIOError, InterruptedError):
                continue
            except OSError:
                data = b""
            kind = conns[s][0]
            sel.unregister(s); s.close(); del conns[s]
            cut[kind] += 1
            open_one(kind)
        if time.monotonic() >= next_tick:
            next_tick += 1
            for s, state in list(conns.items()):
                kind, pending, _ = state
                try:
                    if pending:
                        n = s.send(pending); state[1] = pending[n:]
                    else:
                        s.send(b"X-Slow: 1\r\n"[:1] if kind == "head" else b" ")
                except (BlockingIOError, InterruptedError):
                    pass
                except OSError:
                    sel.unregister(s); s.close(); del conns[s]; cut[kind] += 1; open_one(kind)
    h = health.summary()
    for s in list(conns):
        s.close()
    ok = h[2] == 0 and h[1] < 50 and cut["head"] > 0 and cut["body"] > 0
    return report(f"slow clients ({connections // 2} slow heads, {connections // 2} slow bodies)", opened, 0, 0, h,
                  f"connections cut by the server: {cut['head']} heads, {cut['body']} bodies", ok)

def ifmatch(port_a, port_b, token, rounds):
    auth = {"Authorization": "Bearer " + token, "Content-Type": "application/json"}
    health = Health(port_a); health.start()
    lost = served = errors = conflicts = 0
    for r in range(rounds):
        pid = f"abuse-{r}-{random.randrange(1 << 30)}"
        d = {"id": pid, "title": "Lost updates", "date": "2026-11-28", "summary": "edits:", "sources": [],
             "layer": "2025-08-15", "unassigned": "ukraine", "assignments": []}
        status, _, _ = request(port_a, "POST", "/proposals", json.dumps(d), auth); served += 1
        if status != 201:
            errors += 1; continue
        barrier = threading.Barrier(2)
        def edit(port, mark):
            nonlocal served, errors, conflicts
            first = True
            for _ in range(20):
                status, headers, body = request(port, "GET", f"/proposals/{pid}"); served += 1
                current = json.loads(body)
                current["summary"] += " " + mark
                if first:
                    barrier.wait(); first = False
                status, _, _ = request(port, "PUT", f"/proposals/{pid}", json.dumps(current),
                                       dict(auth, **{"If-Match": headers.get("etag", "")})); served += 1
                if status == 200:
                    return
                if status == 412:
                    conflicts += 1; continue
                errors += 1; return
        a = threading.Thread(target=edit, args=(port_a, "A")); b = threading.Thread(target=edit, args=(port_b, "B"))
        a.start(); b.start(); a.join(); b.join()
        _, _, body = request(port_b, "GET", f"/proposals/{pid}")
        summary = json.loads(body)["summary"]
        if not (" A" in summary and " B" in summary):
            lost += 1
        request(port_a, "DELETE", f"/proposals/{pid}", None, auth)
    h = health.summary()
    ok = lost == 0 and errors == 0 and h[2] == 0 and h[1] < 50
    return report(f"concurrent PUTs with If-Match on two instances sharing PostgreSQL ({rounds} rounds)", served,
                  errors, 0, h, f"lost updates {lost}, 412s retried {conflicts}", ok)

def circle(lon, lat, radius, n):
    """A convex ring of n vertices (closed: n + 1 positions), degrees: valid, cheap to read, costly to send."""
    ring = [point(lon + radius * math.cos(2 * math.pi * i / n), lat + radius * 0.7 * math.sin(2 * math.pi * i / n))
            for i in range(n)]
    return {"type": "Polygon", "coordinates": [ring + [ring[0]]]}

def stored_definition(i, codes):
    """The i-th proposal of the list attack: one in 50 a drawn area of 10,000 vertices, the rest region terms."""
    if i % 50 == 0:
        territory = {"polygon": circle(30 + (i % 7), 47.5 + (i % 5) * 0.4, 0.3, 10000)}
    elif i % 3 == 0:
        territory = {"occupied": codes[i % len(codes)]}
    else:
        territory = codes[i % len(codes)]
    return json.dumps({"id": f"list-{i:05d}", "title": f"Stored proposal {i} of the list attack", "date": "2026-11-28",
        "summary": "One of many stored to load the list.", "sources": [], "layer": "2025-08-15",
        "unassigned": "ukraine", "assignments": [{"territory": territory, "party": "russia", "status": "de-facto"}]})

def store_many(port, token, count, writers=3, limit_s=1200):
    """POSTs count proposals with a few writers, retrying 503s; bounded by limit_s. Answers (stored, failed, s)."""
    auth = {"Authorization": "Bearer " + token, "Content-Type": "application/json"}
    _, _, body = request(port, "GET", "/regions")
    codes = [r["code"] for r in json.loads(body)]
    start = time.monotonic()
    end = start + limit_s
    todo = iter(range(count))
    lock = threading.Lock()
    stats = {"stored": 0, "failed": 0, "statuses": {}}
    def writer():
        while time.monotonic() < end:
            with lock:
                i = next(todo, None)
            if i is None:
                return
            body = stored_definition(i, codes)
            for attempt in range(20):
                try:
                    status, _, _ = request(port, "POST", "/proposals", body, auth, 60)
                except Exception:
                    status = 0
                if status not in (503, 0):
                    break
                time.sleep(0.05 * (attempt + 1))
            with lock:
                stats["statuses"][status] = stats["statuses"].get(status, 0) + 1
                if status in (201, 409):  # 409: stored by an earlier run on the same store
                    stats["stored"] += 1
                else:
                    stats["failed"] += 1
                done = stats["stored"] + stats["failed"]
                if done % 1000 == 0:
                    print(f"  stored {stats['stored']} of {count} in {time.monotonic() - start:.0f} s", flush=True)
    threads = [threading.Thread(target=writer) for _ in range(writers)]
    for t in threads: t.start()
    for t in threads: t.join()
    return stats["stored"], stats["failed"], time.monotonic() - start, stats["statuses"]

def listing(port, token, count, seconds):
    """count stored proposals (a mix, one in 50 of 10,000 vertices), then the first page under 8 clients."""
    stored, failed, took, statuses = store_many(port, token, count)
    print(f"  setup: {stored} stored, {failed} failed in {took:.0f} s (statuses {dict(sorted(statuses.items()))})",
          flush=True)
    health = Health(port); health.start()
    end = time.monotonic() + seconds
    lock = threading.Lock()
    times, stats = [], {"served": 0, "5xx": 0, "status": {}}
    def client():
        while time.monotonic() < end:
            t = time.monotonic()
            try:
                status, _, _ = request(port, "GET", "/proposals", None, None, 30)
            except Exception:
                status = 0
            took = (time.monotonic() - t) * 1000
            with lock:
                stats["served"] += 1
                stats["status"][status] = stats["status"].get(status, 0) + 1
                if status >= 500 or status == 0: stats["5xx"] += 1
                times.append(took)
    threads = [threading.Thread(target=client) for _ in range(8)]
    for t in threads: t.start()
    for t in threads: t.join()
    h = health.summary()
    t = sorted(times)
    p = lambda q: t[min(len(t) - 1, int(q * len(t)))] if t else float("nan")
    # Every proposal once, following the next links to the end (after the attack, not timed in it).
    walked, pages, path, w0 = [], 0, "/proposals?limit=200", time.monotonic()
    while path and pages < 1000:
        status, headers, body = request(port, "GET", path)
        if status != 200:
            break
        walked += [item["id"] for item in json.loads(body)]
        pages += 1
        link = headers.get("link", "")
        path = link[link.index("<") + 1:link.index(">")] if "rel=\"next\"" in link else None
    ok = stats["5xx"] == 0 and p(0.99) < 100 and stored == count
    return report(f"the list ({count} stored, GET /proposals first page, 8 clients)", stats["served"], stats["5xx"], 0,
                  h, f"statuses {dict(sorted(stats['status'].items()))}, first page p50 {p(0.5):.1f} ms p99 {p(0.99):.1f} ms;"
                  f" all pages: {len(walked)} proposals ({len(set(walked))} distinct) in {pages} pages of 200,"
                  f" {time.monotonic() - w0:.1f} s", ok)

if __name__ == "__main__":
    attack = sys.argv[1]
    if attack == "preview":
        ok = preview(int(sys.argv[2]), float(sys.argv[3]))
    elif attack == "list":
        ok = listing(int(sys.argv[2]), sys.argv[3], int(sys.argv[4]), float(sys.argv[5]))
    elif attack == "slow":
        ok = slow(int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]))
    else:
        ok = ifmatch(int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], int(sys.argv[5]))
    sys.exit(0 if ok else 1)
