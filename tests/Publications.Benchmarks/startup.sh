#!/usr/bin/env bash
# Start-up of the real app on a large list, first start and restart, beside SQLite FTS5 indexing the same file.
#
#   tests/Publications.Benchmarks/startup.sh --list FILE [--port 5188] [--no-sqlite] [--no-floor] [--keep-index DIR]
#
# Publishes src/Publications.Web in Release, then starts it twice on 127.0.0.1 with a fresh index folder:
# the first start parses the list and builds the persisted index, the restart finds the list unchanged and
# reads its records and index back. Each start is timed from launch to the first answer of /healthz (the
# app loads the list before it listens), with the app's own "Loaded …" log line and its resident memory; when
# the app had its index built by the indexer process (lists of 1 MB and more), that process's peak too.
# Then (unless --no-sqlite) sqlite3 builds an FTS5 table of the same file with the porter tokenizer, one row
# a line, in one transaction: the reference issue 5 compares the first start with. Last (unless --no-floor), the
# floor under any Lucene.Net build of the same file: every line one document of one English-analyzed field, a
# writer per core, nothing else (LuceneFloor.cs), run with the app's indexer settings. Apps are stopped on exit.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
list="" port=5188 sqlite=1 floor=1 keep="" startup_limit=3600

while [ $# -gt 0 ]; do
  case "$1" in
    --list) list="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    --no-sqlite) sqlite=0; shift ;;
    --no-floor) floor=0; shift ;;
    --keep-index) keep="$2"; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "startup.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
done
[ -n "$list" ] && [ -f "$list" ] || { echo "startup.sh: --list FILE is required and must exist" >&2; exit 2; }
list="$(realpath "$list")"
base="http://127.0.0.1:$port"

work="$(mktemp -d /tmp/publications-startup.XXXXXX)"
index="${keep:-$work/index}"
app_pid=""
stop_app() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
  app_pid=""
}
cleanup() { stop_app; rm -rf "$work"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "Publishing the app (Release, ReadyToRun)…"
# shellcheck source=publish.sh
. "$repo/tests/Publications.Benchmarks/publish.sh"
publish_app "$repo" "$work/app"
[ "$floor" = 0 ] || publish_project "$repo/tests/Publications.Benchmarks" "$work/floor"
rm -rf "$index"

printf 'List: %s (%s, %s lines)\n\n' "$list" "$(du -h "$list" | cut -f1)" "$(wc -l <"$list")"
printf '| start | to first answer | resident memory | peak | the app says |\n|---|---:|---:|---:|---|\n'
# Polling must not compete with the start it times: while the app loads, /healthz answers 503 at once, and curl,
# date and sleep would start three processes 20 times a second on the same two cores. These use bash's own
# /dev/tcp, read -t and $EPOCHREALTIME instead, so nothing is started.
exec {nap}<> <(:)
healthy() { # one GET /healthz; true on 200
  local status="" connection
  { exec {connection}<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null || return 1
  printf 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' >&"$connection"
  IFS= read -r -t 5 -u "$connection" status || true
  exec {connection}>&-
  [[ $status == "HTTP/1.1 200"* ]]
}
now_us() { now=${EPOCHREALTIME/[.,]/}; } # sets $now, microseconds since the epoch, without a subshell
seconds() { printf '%s.%03d s' $(($1 / 1000)) $(($1 % 1000)); } # milliseconds, written as seconds
start() { # name
  local started ms now log="$work/app-$1.log"
  # Cold page cache is not what is measured: the list was just read by du/wc, as a restart would find it.
  now_us; started=$now
  (cd "$work/app" && ASPNETCORE_ENVIRONMENT=Production exec dotnet Publications.Web.dll --urls "$base" \
    "--Publications:ListPath=$list" "--Publications:IndexPath=$index" --Publications:WatchList=false) >"$log" 2>&1 &
  app_pid=$!
  until healthy; do
    kill -0 "$app_pid" 2>/dev/null || { echo "The app exited during start-up:" >&2; cat "$log" >&2; exit 1; }
    now_us
    [ $(( (now - started) / 1000000 )) -lt "$startup_limit" ] || { echo "No answer within ${startup_limit}s" >&2; exit 1; }
    read -r -t 0.05 -u "$nap" || true
  done
  now_us
  ms=$(( (now - started) / 1000 ))
  local rss peak said
  rss="$(awk '$1 == "VmRSS:" { printf "%.0f MB", $2 / 1024 }' "/proc/$app_pid/status")"
  peak="$(awk '$1 == "VmHWM:" { printf "%.0f MB", $2 / 1024 }' "/proc/$app_pid/status")"
  local indexer
  indexer="$(grep -o 'having used at most [0-9]* MB' "$log" | grep -o '[0-9]* MB' | head -1 || true)"
  [ -z "$indexer" ] || peak="$peak (indexer process: $indexer)"
  said="$(grep -o 'Loaded .*' "$log" | sed -E 's/ for .* from [^:]*:/:/' | head -1 || true)"
  printf '| %s | %s | %s | %s | %s |\n' "$1" "$(seconds "$ms")" "$rss" "$peak" "$said"
  stop_app
}
start "first (parse + build)"
start "restart (unchanged list)"

if [ "$sqlite" = 1 ]; then
  if ! command -v sqlite3 >/dev/null 2>&1; then
    echo "Installing sqlite3 (Debian package)…"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sqlite3 >/dev/null
  fi
  # One column, one row per line: a separator byte (0x1f) that never occurs in a list keeps each line whole.
  printf "CREATE VIRTUAL TABLE papers USING fts5(body, tokenize = 'porter unicode61');\n.separator \"\x1f\" \"\\\\n\"\n.import %s papers\nSELECT count(*) FROM papers;\n" "$list" >"$work/fts5.sql"
  started=$(date +%s%N)
  rows="$(sqlite3 "$work/fts5.db" <"$work/fts5.sql")"
  ms=$(( ($(date +%s%N) - started) / 1000000 ))
  printf '| SQLite %s FTS5, porter unicode61 (%s rows) | %s | | | |\n' "$(sqlite3 --version | cut -d' ' -f1)" "$rows" "$(seconds "$ms")"
fi

if [ "$floor" = 1 ]; then
  # The runtime settings are the app's indexer process's: its two (IndexerProcess.RuntimeSettings), code optimised at
  # once, and the server garbage collector a web project gets by default.
  started=$(date +%s%N)
  said="$(DOTNET_gcServer=1 DOTNET_TieredPGO=0 DOTNET_TC_CallCountingDelayMs=0 "$work/floor/Publications.Benchmarks" --lucene-floor "$list" "$work/floor-index")"
  ms=$(( ($(date +%s%N) - started) / 1000000 ))
  printf '| Lucene.Net at its leanest: each line one English-analyzed field, a writer per core | %s | | | %s |\n' \
    "$(seconds "$ms")" "$said"
fi
