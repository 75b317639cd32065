"""POST /api/project at a fixed rate from a second process; latency percentiles (section 5 of
scripts/bench.sh). Usage: serve_fixed_rate.py BASE_URL SCENARIO RATE SECONDS

Each request has a scheduled time (start + i / RATE); its latency is counted from that time, not
from when it was sent, so a slow answer that delays the next ones shows in the figures (no
coordinated omission). Four keep-alive connections, each a thread, take the next request due.
Bounded: RATE * SECONDS requests to a loopback address, then it stops."""
import http.client
import sys
import threading
import time
import urllib.parse

base, scenario, rate, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
url = urllib.parse.urlparse(base)
assert url.hostname in ("127.0.0.1", "localhost", "::1"), "loopback only"
body = open(scenario, "rb").read()
total = int(rate * seconds)
latencies = [0.0] * total
failures = []
counter = iter(range(total))
lock = threading.Lock()
start = time.perf_counter() + 0.5


def worker():
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=10)
    while True:
        with lock:
            i = next(counter, None)
        if i is None:
            break
        due = start + i / rate
        delay = due - time.perf_counter()
        if delay > 0:
            time.sleep(delay)
        connection.request("POST", "/api/project", body, {"Content-Type": "application/yaml"})
        answer = connection.getresponse()
        answer.read()
        latencies[i] = time.perf_counter() - due
        if answer.status != 200:
            failures.append(answer.status)
    connection.close()


threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.perf_counter() - start
ordered = sorted(latencies)


def pct(p):
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] * 1000


print(f"fixed rate {rate:.0f} req/s for {seconds:.0f} s: {total} requests in {elapsed:.1f} s "
      f"({total / elapsed:.0f} req/s achieved), {len(failures)} not 200")
print(f"latency from scheduled time: p50 {pct(50):.2f} ms, p90 {pct(90):.2f} ms, p99 {pct(99):.2f} ms, "
      f"max {ordered[-1] * 1000:.2f} ms; floor p99 <= 20 ms: {'meets' if pct(99) <= 20 and not failures else 'MISSES'}")
