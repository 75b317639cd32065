-- wrk script: POST the worked example to /api/project (scripts/bench.sh, section 5).
-- The body is read once; every request is the same scenario, as a page typing would send.
local path = os.getenv("SCENARIO") or "scenarios/riverside-worked-example.yaml"
local file = assert(io.open(path, "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/yaml"

-- Answers that are not 2xx/3xx, so a run of errors cannot pass as throughput.
function done(summary, latency, requests)
  io.write(string.format("non-200 answers: %d\n", summary.errors.status))
end
