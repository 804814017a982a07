-- wrk -t2 -c32 -s follow.lua URL, with WRK_IDS_FILE naming a file of user ids (one per line), WRK_THREADS the -t value
-- and WRK_OFFSET where the walk starts (runs on one database need walks that do not overlap: a repeat is a cheap no-op):
-- POSTs a `follow` mutation per request, every one a pair not followed before in this run (the same walk as the
-- grains write row), and counts answers that are not a 200, and 200s that carry errors or no graphVersion. Prints
-- the summary line common.lua prints, so the harness reads both alike.
local ids = {}
for line in assert(io.open(os.getenv("WRK_IDS_FILE"), "r")):lines() do table.insert(ids, line) end
local n = #ids
local mutation = 'mutation($a: ID!, $b: ID!) { follow(followerId: $a, followeeId: $b) { graphVersion } }'

local threads = {}
local counter = 0
setup = function(thread)
  thread:set("index", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

init = function()
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Accept"] = "application/graphql-response+json, application/json"
  f = index + tonumber(os.getenv("WRK_OFFSET") or "0")
  step = tonumber(os.getenv("WRK_THREADS") or "2")
  non200 = 0
  bad = 0
end

request = function()
  local follower, followee
  repeat
    follower = ids[(f % n) + 1]
    followee = ids[((math.floor(f / n) + 1 + f) % n) + 1]
    f = f + step
  until follower ~= followee
  local body = '{"query":"' .. mutation .. '","variables":{"a":"' .. follower .. '","b":"' .. followee .. '"}}'
  return wrk.format(nil, "/graphql", nil, body)
end

response = function(status, headers, body)
  if status ~= 200 then non200 = non200 + 1
  elseif body:find('"errors"', 1, true) or not body:find('"graphVersion"', 1, true) then bad = bad + 1 end
end

done = function(summary, latency, requests)
  local n, b = 0, 0
  for _, t in ipairs(threads) do n = n + t:get("non200"); b = b + t:get("bad") end
  io.write(string.format("follow: %d requests, %.0f req/s, non-200: %d, body mismatches: %d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), n, b))
end
