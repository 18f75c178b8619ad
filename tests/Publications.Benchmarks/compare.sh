#!/usr/bin/env bash
# New searches of this working tree against another revision, measured side by side (see README.md here).
#
#   tests/Publications.Benchmarks/compare.sh --base REV [--list FILE] [--rounds 4] [--duration 10s] [--connections 64] [--warmup 20]
#
# This machine's speed drifts by up to a third within the hour, so two load.sh runs minutes apart cannot tell a
# 10 % change from the drift. This publishes both builds in Release (REV from a temporary git worktree, the
# working tree as it is, uncommitted changes included), starts both apps on loopback with the same list (default:
# the shipped list), the same index folder and the search rate limiter off, warms each with new searches, then
# alternates wrk runs of new searches between them: each round measures both at about the same speed of the
# machine. Prints a row a run, then each build's range and the ratio in every round. Apps, worktree and builds
# are removed on exit, whatever happens.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
list="$repo/seeds/biqing-qi.txt"
base_rev="" rounds=4 duration=10s connections=64 warmup=20 startup_limit=900

while [ $# -gt 0 ]; do
  case "$1" in
    --base) base_rev="$2"; shift 2 ;;
    --list) list="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "compare.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
done
[ -n "$base_rev" ] || { echo "compare.sh: --base REV is required (a commit, branch or tag to compare with)" >&2; exit 2; }
git -C "$repo" rev-parse --verify --quiet "$base_rev^{commit}" >/dev/null || { echo "compare.sh: no such revision: $base_rev" >&2; exit 2; }
[ -f "$list" ] || { echo "compare.sh: no such list: $list" >&2; exit 2; }
list="$(realpath "$list")"
command -v wrk >/dev/null 2>&1 || { echo "compare.sh: needs wrk (apt-get install -y wrk, or run load.sh once)" >&2; exit 2; }

work="$(mktemp -d /tmp/publications-compare.XXXXXX)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  git -C "$repo" worktree remove --force "$work/base-src" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# shellcheck source=publish.sh
. "$repo/tests/Publications.Benchmarks/publish.sh"
echo "Publishing $base_rev ($(git -C "$repo" rev-parse --short "$base_rev")) and the working tree (Release, ReadyToRun)…"
git -C "$repo" worktree add --detach "$work/base-src" "$base_rev" >/dev/null 2>&1
publish_app "$work/base-src" "$work/base"
publish_app "$repo" "$work/this"

# shellcheck source=new-searches.sh
. "$repo/tests/Publications.Benchmarks/new-searches.sh"
new_searches_lua "$repo" >"$work/new-searches.lua"

names=(base this) ports=(5191 5192)
for i in 0 1; do
  # One after the other: the second finds the index folder the first built, unless its schema differs.
  (cd "$work/${names[$i]}" && ASPNETCORE_ENVIRONMENT=Production exec dotnet Publications.Web.dll --urls "http://127.0.0.1:${ports[$i]}" \
    "--Publications:ListPath=$list" "--Publications:IndexPath=$work/index" --Publications:WatchList=false \
    --Publications:RateLimiting:Enabled=false) >"$work/${names[$i]}-app.log" 2>&1 &
  pids+=($!)
  waited=0
  until curl -fsS -o /dev/null "http://127.0.0.1:${ports[$i]}/healthz" 2>/dev/null; do
    kill -0 "${pids[$i]}" 2>/dev/null || { echo "The ${names[$i]} app exited during start-up:" >&2; cat "$work/${names[$i]}-app.log" >&2; exit 1; }
    [ "$waited" -lt $((startup_limit * 2)) ] || { echo "The ${names[$i]} app did not answer within ${startup_limit}s" >&2; exit 1; }
    sleep 0.5; waited=$((waited + 1))
  done
  echo "Warming up ${names[$i]} with new searches at full load (${warmup} s)…"
  wrk -t2 -c"$connections" -d"${warmup}s" -s "$work/new-searches.lua" "http://127.0.0.1:${ports[$i]}/search" >/dev/null
done

printf '\nNew searches, wrk -t2 -c%s -d%s --latency, alternating\n\n| round | build | requests/s | p50 | p99 |\n|---:|---|---:|---:|---:|\n' "$connections" "$duration"
declare -a base_rps this_rps
for round in $(seq "$rounds"); do
  for i in 0 1; do
    out="$(wrk -t2 -c"$connections" -d"$duration" --latency -s "$work/new-searches.lua" "http://127.0.0.1:${ports[$i]}/search")"
    rps="$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")"
    printf '| %s | %s | %s | %s | %s |\n' "$round" "${names[$i]}" "$rps" "$(awk '$1 == "50%" { print $2 }' <<<"$out")" "$(awk '$1 == "99%" { print $2 }' <<<"$out")"
    if [ "$i" = 0 ]; then base_rps+=("$rps"); else this_rps+=("$rps"); fi
  done
done
range() { printf '%s\n' "$@" | sort -n | awk 'NR == 1 { low = $1 } { high = $1 } END { printf "%.0f–%.0f requests/s", low, high }'; }
echo
echo "base: $(range "${base_rps[@]}"); this: $(range "${this_rps[@]}")"
echo "this against base, round by round: $(for r in "${!base_rps[@]}"; do awk -v a="${this_rps[$r]}" -v b="${base_rps[$r]}" 'BEGIN { printf "%+.1f %% ", 100 * (a / b - 1) }'; done)"
