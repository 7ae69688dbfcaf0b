-- Replays a list of requests for wrk (one per line, tab-separated: method, path, bearer token, JSON body or
-- nothing), each thread from its own place in the list, and counts the answers by status. At the end it prints
-- "status <code> <count>" lines and "latency <percentile> <microseconds>" lines, which LoadCurve reads.
local threads = {}
requests = {}
counts = {}
index = 0

function setup(thread)
  table.insert(threads, thread)
  thread:set("place", #threads)
end

function init(args)
  for line in io.lines(os.getenv("TACIT_WRK_REQUESTS")) do
    local method, path, token, body = line:match("^([^\t]+)\t([^\t]+)\t([^\t]+)\t?(.*)$")
    local headers = { ["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json" }
    if body == "" then
      body = nil
    elseif method == "PATCH" then
      headers["Content-Type"] = "application/merge-patch+json"
    else
      headers["Content-Type"] = "application/json"
    end
    requests[#requests + 1] = wrk.format(method, path, headers, body)
  end
  index = (place * 7919) % #requests
end

function request()
  index = index % #requests + 1
  return requests[index]
end

function response(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("counts")) do
      total[status] = (total[status] or 0) + n
    end
  end
  for status, n in pairs(total) do
    io.write(string.format("status %d %d\n", status, n))
  end
  for _, p in ipairs({ 50, 95, 99 }) do
    io.write(string.format("latency %d %d\n", p, latency:percentile(p)))
  end
end
