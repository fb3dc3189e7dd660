-- wrk script of bench:serve: POST /api/v1/check with the bodies of the file given after `--` (one JSON body a
-- line) in turn, and at the end one JSON line: requests, duration (µs), errors, latency p50/p99 (µs).
local bodies = {}
local next_body = 0

function init(args)
  for line in io.lines(args[1]) do bodies[#bodies + 1] = line end
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  next_body = next_body % #bodies + 1
  return wrk.format(nil, nil, nil, bodies[next_body])
end

function done(summary, latency)
  local e = summary.errors
  io.write(string.format('{"requests":%d,"duration":%d,"errors":%d,"status4xx5xx":%d,"p50":%d,"p99":%d}\n',
    summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50), latency:percentile(99)))
end
