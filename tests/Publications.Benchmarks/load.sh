#!/usr/bin/env bash
# Load test of the real app with wrk, on this machine's loopback only (see README.md here).
#
#   tests/Publications.Benchmarks/load.sh [--list FILE] [--duration 10s] [--threads 2] [--connections 64] [--port 5187] [--warmup 15]
#
# Publishes src/Publications.Web in Release, starts it on 127.0.0.1 with the list (default: the shipped
# list) and the search rate limiter off, waits until it answers, then runs wrk against a static file (the
# ceiling), the home page, the busiest year, a paper page and search, and prints requests/s, p50 and p99
# latency and each page's share of the static file's rate; last, the busiest year again while new searches run.
# Every target is warmed for 3 s first, new searches for --warmup seconds at full load (the JIT needs that long
# to tier Lucene's code up under 64 connections: without it the first 15 s run at 200-400 requests/s). The app
# is stopped on exit, whatever happens.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
list="$repo/seeds/biqing-qi.txt"
duration=10s threads=2 connections=64 port=5187 startup_limit=900 warmup=15

while [ $# -gt 0 ]; do
  case "$1" in
    --list) list="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "load.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
done
[ -f "$list" ] || { echo "load.sh: no such list: $list" >&2; exit 2; }
list="$(realpath "$list")"
base="http://127.0.0.1:$port"

if ! command -v wrk >/dev/null 2>&1; then
  echo "Installing wrk (Debian package)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi

work="$(mktemp -d /tmp/publications-load.XXXXXX)"
app_pid=""
cleanup() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
# Ctrl-C or kill: exit, so the EXIT trap stops the app too.
trap 'exit 130' INT TERM

echo "Publishing the app (Release, ReadyToRun)…"
# shellcheck source=publish.sh
. "$repo/tests/Publications.Benchmarks/publish.sh"
publish_app "$repo" "$work/app"

echo "Starting it on $base with $list ($(du -h "$list" | cut -f1))…"
started=$(date +%s%N)
(cd "$work/app" && ASPNETCORE_ENVIRONMENT=Production exec dotnet Publications.Web.dll --urls "$base" \
  "--Publications:ListPath=$list" --Publications:RateLimiting:Enabled=false) >"$work/app.log" 2>&1 &
app_pid=$!

until curl -fsS -o /dev/null "$base/" 2>/dev/null; do
  if ! kill -0 "$app_pid" 2>/dev/null; then
    echo "The app exited during start-up:" >&2; cat "$work/app.log" >&2; exit 1
  fi
  if [ $(( ($(date +%s%N) - started) / 1000000000 )) -ge "$startup_limit" ]; then
    echo "The app did not answer within ${startup_limit}s" >&2; exit 1
  fi
  sleep 0.5
done
startup_ms=$(( ($(date +%s%N) - started) / 1000000 ))
rss() { awk -v k="$1:" '$1 == k { printf "%.0f MB", $2 / 1024 }' "/proc/$app_pid/status"; }
echo "Answering after ${startup_ms} ms; resident memory $(rss VmRSS)"
grep -o 'Loaded .*' "$work/app.log" || true
# Start-up is paid once, before the first answer; it is reported, not mixed into the wrk figures.

# Real URLs from the home page, so the script follows whatever the pages link to.
home="$(curl -fsS "$base/")"
css="$(grep -oE 'href="/css/site[^"]*\.css"' <<<"$home" | head -1 | cut -d'"' -f2 || true)"
css="${css:-/css/site.css}"
# The busiest year from the year index ("/2026">2026 <span …count">7</span>), else the first year linked.
year="$(grep -oE 'href="/[0-9]{4}">[0-9]{4} <span class="year-index__count">[0-9]+' <<<"$home" \
  | sed -E 's#href="/([0-9]{4})".*>([0-9]+)$#\2 \1#' | sort -rn | head -1 | cut -d' ' -f2 || true)"
year="${year:-$(grep -oE 'href="/[0-9]{4}"' <<<"$home" | head -1 | grep -oE '[0-9]{4}' || true)}"
paper="$(grep -oE 'href="/[0-9]{4}/[a-z0-9-]+"' <<<"$home" | head -1 | cut -d'"' -f2 || true)"

# Search rotates typical queries (wrk's Lua request hook; each wrk thread keeps its own counter).
cat >"$work/search.lua" <<'LUA'
local paths = {
  "/search?q=diffusion+language+models",
  "/search?q=reinforcement+learning",
  "/search?q=graph+reasoning+agents",
  "/search?q=%22large+language+models%22",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
LUA

# Search with new queries (see new-searches.sh).
# shellcheck source=new-searches.sh
. "$repo/tests/Publications.Benchmarks/new-searches.sh"
new_searches_lua "$repo" >"$work/new-searches.lua"

names=("static file (ceiling)" "home") paths=("$css" "/") scripts=("" "")
[ -n "$year" ] && { names+=("year (busiest)"); paths+=("/$year"); scripts+=(""); }
[ -n "$paper" ] && { names+=("paper"); paths+=("$paper"); scripts+=(""); }
names+=("search, 4 queries rotating" "search, one common query" "search, new queries (2–3 words)")
paths+=("/search" "/search?q=reinforcement+learning" "/search")
scripts+=("$work/search.lua" "" "$work/new-searches.lua")

# Warm every target first (JIT tiering, caches), so the first measured target is not penalised.
echo "Warming up (3 s a target)…"
for i in "${!paths[@]}"; do
  wrk -t"$threads" -c8 -d3s ${scripts[$i]:+-s "${scripts[$i]}"} "$base${paths[$i]}" >/dev/null
done
echo "Warming up new searches at full load ($warmup s)…"
wrk -t"$threads" -c"$connections" -d"${warmup}s" -s "$work/new-searches.lua" "$base/search" >/dev/null

printf '\nwrk -t%s -c%s -d%s --latency\n\n' "$threads" "$connections" "$duration"
printf '| target | path | status | requests/s | p50 | p99 | of static |\n|---|---|---|---:|---:|---:|---:|\n'
static_rps=""
measure() { # name path [lua script]
  local name="$1" path="$2" script="${3:-}" status out rps p50 p99 errors share
  status="$(curl -s -o /dev/null -w '%{http_code}' "$base$path")"
  out="$(wrk -t"$threads" -c"$connections" -d"$duration" --latency ${script:+-s "$script"} "$base$path")"
  rps="$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")"
  p50="$(awk '$1 == "50%" { print $2 }' <<<"$out")"
  p99="$(awk '$1 == "99%" { print $2 }' <<<"$out")"
  errors="$(grep -E 'Non-2xx|Socket errors' <<<"$out" | tr -s ' ' | paste -sd';' || true)"
  static_rps="${static_rps:-$rps}"
  share="$(awk -v a="$rps" -v b="$static_rps" 'BEGIN { printf "%.1f %%", 100 * a / b }')"
  printf '| %s | `%s` | %s%s | %s | %s | %s | %s |\n' "$name" "$path" "$status" "${errors:+ ($errors)}" "$rps" "$p50" "$p99" "$share"
}
for i in "${!paths[@]}"; do
  measure "${names[$i]}" "${paths[$i]}" "${scripts[$i]}"
done
# A page while new searches keep the server busy (another wrk, in the background, with as many connections
# again): with the search gate on (Publications__Search__MaxRunning=2 in this script's environment) pages do not
# queue behind the searches. wrk prints its figures when interrupted.
if [ -n "$year" ]; then
  wrk -t1 -c"$connections" -d1h --latency -s "$work/new-searches.lua" "$base/search" >"$work/background.txt" 2>&1 &
  background=$!
  sleep 2
  measure "year, while new searches run" "/$year"
  kill -INT "$background"; wait "$background" 2>/dev/null || true
  echo
  echo "New searches meanwhile: $(awk '/^Requests\/sec:/ { print $2 }' "$work/background.txt") requests/s, p99 $(awk '$1 == "99%" { print $2 }' "$work/background.txt")."
fi
echo
echo "Resident memory after the runs: $(rss VmRSS) (peak $(rss VmHWM))"
