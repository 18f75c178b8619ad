#!/usr/bin/env bash
# Writes the wrk Lua script of new searches to stdout: sourced by load.sh and compare.sh, not run on its own.
#
# Two or three words drawn at random from new-query-words.txt (80 words, over 500,000 possible queries), each word
# in a random mix of upper and lower case, so every request misses the answer cache and the kept search pages and
# pays for a real search: the analyzer folds case away, so the search does the same work, but the request is new
# to both caches however often its words come up again (without the mix, the 6,400 two-word queries recur: 40-50 %
# of a session's requests, and from session 12 on, a query asked again soon enough is answered from a kept page).
# Each wrk thread draws its own sequence, seeded by the clock too. NewQueriesBenchmarks reads the same words.
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
local function word()
  return (words[math.random(#words)]:gsub("%a", function(c)
    if math.random(2) == 2 then return c:upper() end
    return c
  end))
end
request = function()
  local q = word() .. "+" .. word()
  if math.random(2) == 2 then
    q = q .. "+" .. word()
  end
  return wrk.format("GET", "/search?q=" .. q)
end
LUA
}
