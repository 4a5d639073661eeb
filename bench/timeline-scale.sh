#!/usr/bin/env bash
# A timeline page on the shipped data and on a synthetic 1,000,000-event database (build-db --synthetic), measured
# with wrk on loopback, one server at a time, with the result cache off (RESPONSE_CACHE=0, so every request executes)
# and on. Prints p99 latency and requests/s for each, and the ratio synthetic / shipped.
# Usage: bash bench/timeline-scale.sh [seconds per run, default 5]   (needs artifacts/synthetic-1000000: see README)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
secs=${1:-5}
port=18098
syn=artifacts/synthetic-1000000
[ -f "$syn/treatytracker.db" ] || { echo "build it first: dotnet run -c Release --project src/TreatyTracker.Server -- build-db --synthetic 1000000" >&2; exit 1; }
work=$(mktemp -d)
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
dotnet build -c Release src/TreatyTracker.Server -v q -nologo >/dev/null
dll=src/TreatyTracker.Server/bin/Release/net10.0/TreatyTracker.Server.dll
dotnet "$dll" build-db --data data --db "$work/shipped.db" >/dev/null
enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }
page() { echo "/graphql?query=$(enc "{ events(first: 20, after: \"$(printf 'offset:%s' "$2" | base64)\", filter: { treaty: \"$1\" }) { totalCount nodes { date kind country { name } } pageInfo { endCursor } } }")"; }

run() { # name data db treaty cache
  ASPNETCORE_ENVIRONMENT=Production dotnet "$dll" --data "$2" --db "$3" --urls "http://127.0.0.1:$port" --Logging:LogLevel:Default=Warning \
    --TreatyTracker:Http:ResponseCacheEntries="$5" --Logging:LogLevel:TreatyTracker.Server.Data.ChangelogWarmup=Information >"$work/server.log" 2>&1 &
  server=$!
  for _ in $(seq 1 600); do curl -sf -o /dev/null "http://127.0.0.1:$port/healthz" && break; sleep 0.1; done
  # Measure the steady state: the changelog warm-up parses every seed file in the background after start (about a minute of one
  # core for the million synthetic events); a page measured meanwhile shares the CPU with it.
  for _ in $(seq 1 1200); do grep -q "Changelog of dataset versions" "$work/server.log" && break; sleep 0.5; done
  local url; url="http://127.0.0.1:$port$(page "$4" 100)"
  curl -sf "$url" | grep -q '"totalCount"' || { echo "timeline request failed on $1" >&2; cat "$work/server.log" >&2; exit 1; }
  wrk -t2 -c16 -d2s "$url" >/dev/null # warm-up, not measured
  local out; out=$(wrk -t2 -c16 -d"${secs}s" --latency "$url")
  kill "$server"; wait "$server" 2>/dev/null || true; server=""
  echo "$1 $(awk '$1=="99%" {print $2}' <<<"$out") $(awk '/Requests\/sec/ {print $2}' <<<"$out")"
}
ms() { python3 -c 'import sys; v=sys.argv[1]; print(float(v[:-2])/1000 if v.endswith("us") else float(v[:-2]) if v.endswith("ms") else float(v[:-1])*1000)' "$1"; }
printf '%-34s %12s %10s\n' scenario "p99" "req/s"
for cache in 0 2000; do
  read -r _ p99a rpsa < <(run shipped data "$work/shipped.db" APMBC "$cache")
  read -r _ p99b rpsb < <(run synthetic "$syn/data" "$syn/treatytracker.db" T0000 "$cache")
  label=$([ "$cache" = 0 ] && echo "result cache off" || echo "result cache on")
  printf '%-34s %12s %10s\n' "shipped APMBC ($label)" "$p99a" "$rpsa" "synthetic T0000 ($label)" "$p99b" "$rpsb"
  printf '%-34s %11.2fx\n' "p99 ratio synthetic/shipped" "$(python3 -c "print($(ms "$p99b")/$(ms "$p99a"))")"
done
