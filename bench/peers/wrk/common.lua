-- Shared by node.lua and members.lua: POST one fixture body to /graphql and
-- count answers that are not HTTP 200. With WRK_CHECK_BODY=1 it also counts
-- bodies that differ from the fixture response (use it against the graphql-js
-- peer and the floor, which must answer byte-identically; not against a
-- service with different data).
-- WRK_BODY_FILE posts that file's bytes instead of the fixture request (our
-- service issues random node ids, so its request differs); WRK_EXPECT_FILE
-- makes WRK_CHECK_BODY compare against that file instead of the fixture
-- response (the harness writes one of our answers there after checking it).
-- WRK_FAST=1: no per-response Lua at all, for timed runs (see below).
local M = {}

local function read(path)
  local f = assert(io.open(path, "rb"), "cannot open " .. path)
  local s = f:read("*a")
  f:close()
  return s
end

function M.setup(name)
  -- Fixtures live next door in ../graphql-js/fixtures, found relative to this script.
  local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
  local fixtures = dir .. "../graphql-js/fixtures/"
  wrk.method = "POST"
  wrk.path = os.getenv("WRK_PATH") or "/graphql"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Accept"] = "application/graphql-response+json, application/json"
  wrk.body = read(os.getenv("WRK_BODY_FILE") or (fixtures .. name .. ".request.json"))
  local expected = os.getenv("WRK_CHECK_BODY") == "1"
    and read(os.getenv("WRK_EXPECT_FILE") or (fixtures .. name .. ".response.json")) or nil

  -- WRK_FAST=1 defines no response() callback: wrk then hands no response to
  -- Lua, which on a 2-core machine left the floor about 30% more throughput.
  -- wrk's own "Non-2xx or 3xx responses" line still counts bad statuses; bodies
  -- go unchecked (the harness checks them in runs before and after).
  if os.getenv("WRK_FAST") == "1" then
    done = function(summary, latency, requests)
      io.write(string.format("%s: %d requests, %.0f req/s, non-200: see wrk's Non-2xx line, body mismatches: not checked\n",
        name, summary.requests, summary.requests / (summary.duration / 1e6)))
    end
    return
  end

  -- wrk runs each thread in its own Lua state: globals below are per thread,
  -- and done() gathers them through thread:get.
  local threads = {}
  setup = function(thread) table.insert(threads, thread) end
  init = function() non200 = 0; mismatched = 0 end
  response = function(status, headers, body)
    if status ~= 200 then non200 = non200 + 1 end
    if expected and body ~= expected then mismatched = mismatched + 1 end
  end
  done = function(summary, latency, requests)
    local n, m = 0, 0
    for _, t in ipairs(threads) do n = n + t:get("non200"); m = m + t:get("mismatched") end
    io.write(string.format("%s: %d requests, %.0f req/s, non-200: %d, body mismatches: %s\n",
      name, summary.requests, summary.requests / (summary.duration / 1e6), n,
      expected and tostring(m) or "not checked"))
  end
end

return M
