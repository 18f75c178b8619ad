#!/usr/bin/env bash
# Load without loss: publishes the app in Release, serves a list on loopback with the search limiter off,
# runs one bounded wrk run of mixed traffic (pages, searches incl. malformed and misspelt ones, API, feeds,
# sitemap, health: mixed.lua), and prints wrk's error counts (connect/read/write/timeout, and "status" for
# any answer that is not 2xx/3xx) and the app's resident memory before, right after and 20 s after the run.
# Usage: tests/Publications.Benchmarks/soak.sh [--list FILE] [--duration 60s] [--connections 64] [--port 5189]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
list="$repo/seeds/biqing-qi.txt" duration=60s connections=64 port=5189
while [ $# -gt 0 ]; do
  case "$1" in
    --list) list="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    *) echo "soak.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
work="$(mktemp -d)"
app_pid=""
cleanup() { [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
# shellcheck source=publish.sh
. "$repo/tests/Publications.Benchmarks/publish.sh"
publish_app "$repo" "$work/app"
base="http://127.0.0.1:$port"
(cd "$work/app" && ASPNETCORE_ENVIRONMENT=Production exec dotnet Publications.Web.dll --urls "$base" \
  "--Publications:ListPath=$list" --Publications:RateLimiting:Enabled=false "--Publications:IndexPath=$work/index") >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 900); do curl -fs -o /dev/null "$base/healthz" && break; sleep 1; done
rss() { awk '/VmRSS/ {printf "%.0f MB", $2 / 1024}' "/proc/$app_pid/status"; }
for path in / /search?q=diffusion /feed.atom; do curl -fs -o /dev/null "$base$path"; done
echo "RSS before: $(rss)"
wrk -t2 -c"$connections" -d"$duration" --timeout 5s -s "$here/mixed.lua" "$base"
echo "RSS right after: $(rss)"
sleep 20
echo "RSS 20 s later: $(rss)"
