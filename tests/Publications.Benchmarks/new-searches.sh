#!/usr/bin/env bash
# Writes the wrk Lua script of new searches to stdout: sourced by load.sh and compare.sh, not run on its own.
#
# Two or three words drawn at random from new-query-words.txt (80 words, over 500,000 possible queries), so almost
# every request misses the answer cache and pays for a real search; each wrk thread draws its own sequence, seeded
# by the clock too, so a run never repeats the queries its warm-up already put in the cache. NewQueriesBenchmarks
# reads the same words.
new_searches_lua() { # repository root
  echo "local words = {"
  sed 's/.*/  "&",/' "$1/tests/Publications.Benchmarks/new-query-words.txt"
  echo "}"
  cat <<'LUA'
local counter = 0
setup = function(thread)
  counter = counter + 1
  thread:set("seed", counter)
end
init = function()
  math.randomseed(seed * 7919 + os.time())
end
request = function()
  local q = words[math.random(#words)] .. "+" .. words[math.random(#words)]
  if math.random(2) == 2 then
    q = q .. "+" .. words[math.random(#words)]
  end
  return wrk.format("GET", "/search?q=" .. q)
end
LUA
}
