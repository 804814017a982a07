-- wrk -t2 -c32 -d5s -s bench/peers/wrk/members.lua http://127.0.0.1:4001
-- Posts fixtures/members.request.json; see common.lua and ../floor.md.
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(dir .. "common.lua").setup("members")
