#!/usr/bin/env bash
# Load test on loopback, in one run: the Release server with the shipped data twice, once with the defaults and
# once with the response cache off (RESPONSE_CACHE=0: every request is executed), wrk against a baseline endpoint
# (/healthz: small JSON, no GraphQL) on each and the requests dashboards make. Prints requests/s at 16
# connections, the ratio to the baseline of the same server, p99 latency at 16 and 64 connections, and the server's
# CPU time per request with its ratio (baseline's CPU per request / the scenario's: like the req/s ratio, 1.00× is as
# cheap as the baseline). The machine is shared and noisy: compare ratios, not absolutes; the CPU ratio moves least.
# A second reference row, a constant 32 KB answer (/schema.graphql, printed once), shows what a large body costs by itself.
# Usage: bash bench/wrk.sh [seconds per scenario and connection count, default 5]
#        DOCUMENT_CACHE=0 bash bench/wrk.sh   # also without the parsed-document cache
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
secs=${1:-5}
cached=5099
uncached=5098
work=$(mktemp -d)
dotnet build -c Release src/TreatyTracker.Server -v q -nologo >/dev/null
start() { # port, response cache entries
  dotnet src/TreatyTracker.Server/bin/Release/net10.0/TreatyTracker.Server.dll --db "$work/bench.db" --urls "http://127.0.0.1:$1" \
    --Logging:LogLevel:Default=Warning --TreatyTracker:Http:ResponseCacheEntries="$2" \
    --TreatyTracker:GraphQL:DocumentCacheEntries="${DOCUMENT_CACHE:-1000}" >"$work/server-$1.log" 2>&1 &
  echo $!
}
wait_for() { for _ in $(seq 1 90); do curl -sf "http://127.0.0.1:$1/healthz" >/dev/null && return; sleep 1; done; echo "server on $1 did not start" >&2; exit 1; }
a=$(start $cached 2000)
trap 'kill $a ${b:-} 2>/dev/null; rm -rf "$work"' EXIT
wait_for $cached # builds the database; the second server finds it up to date
b=$(start $uncached 0)
wait_for $uncached

enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }
treaty_map=$(curl -s "http://127.0.0.1:$cached/documents" | python3 -c 'import json,sys; print([d["id"] for d in json.load(sys.stdin) if d["name"]=="treaty-map"][0])')
status_q='{ participation(treaty: "APMBC", country: "PL") { status(asOf: "2026-01-01") withdrawal { effectiveOn basis } } }'
series_q='{ treaty(code: "APMBC") { statusSeries(from: "1996-01-01", to: "2025-12-01", step: MONTH) { date counts { status count } } } }'
python3 -c 'import json,sys; print(json.dumps({"query": sys.argv[1]}))' "$status_q" >"$work/post.json"
printf 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = io.open("%s"):read("*a")\n' "$work/post.json" >"$work/post.lua"

# name | port | path ("POST" for the POST body above)
scenarios=(
  "baseline /healthz|$cached|/healthz"
  "constant 32 KB (/schema.graphql)|$cached|/schema.graphql"
  "status of one country (GET)|$cached|/graphql?query=$(enc "$status_q")"
  "status of one country (POST)|$cached|POST"
  "treaty map, 100 states (stored)|$cached|/graphql?documentId=$(enc "$treaty_map")&variables=$(enc '{"treaty":"APMBC","asOf":"2026-01-01"}')"
  "30-year monthly series|$cached|/graphql?query=$(enc "$series_q")"
  "timeline page|$cached|/graphql?query=$(enc '{ events(first: 20, filter: { treaty: "APMBC" }) { nodes { date kind country { name } } pageInfo { endCursor } } }')"
  "participations CSV|$cached|/export/participations.csv?treaty=APMBC&asOf=2026-01-01"
  "baseline /healthz (cache off)|$uncached|/healthz"
  "uncached: status (GET)|$uncached|/graphql?query=$(enc "$status_q")"
  "uncached: status (POST)|$uncached|POST"
  "uncached: 30-year monthly series|$uncached|/graphql?query=$(enc "$series_q")"
  "uncached: participations CSV|$uncached|/export/participations.csv?treaty=APMBC&asOf=2026-01-01"
)
run() { # port path connections seconds
  if [ "$2" = POST ]; then wrk -t2 -c"$3" -d"$4s" --latency -s "$work/post.lua" "http://127.0.0.1:$1/graphql"
  else wrk -t2 -c"$3" -d"$4s" --latency "http://127.0.0.1:$1$2"; fi
}
for s in "${scenarios[@]}"; do
  IFS='|' read -r name port path <<<"$s"
  if [ "$path" = POST ]; then curl -sf -X POST -H 'Content-Type: application/json' --data @"$work/post.json" "http://127.0.0.1:$port/graphql" | grep -q effectiveOn
  else curl -sf "http://127.0.0.1:$port$path" >/dev/null; fi || { echo "request failed: $name" >&2; exit 1; }
  run "$port" "$path" 16 2 >/dev/null # warm-up, not measured: the JIT compiles the hot paths first
done
echo "wrk -t2, ${secs}s per scenario and connection count, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start"
printf '| %-34s | %10s | %11s | %12s | %12s | %12s | %11s |\n' scenario "req/s (16)" "vs baseline" "p99 (16)" "p99 (64)" "CPU µs/req" "vs baseline"
printf '|%s|%s|%s|%s|%s|%s|%s|\n' ------------------------------------ -----------: ------------: -------------: -------------: -------------: ------------:
# The server's CPU time (user + system, from /proc) over the 16-connection run divided by the requests wrk completed:
# less sensitive to other work on the machine than requests/s, which also counts waiting for a core.
declare -A pid=([$cached]=$a [$uncached]=$b)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
declare -A base basecpu
for s in "${scenarios[@]}"; do
  IFS='|' read -r name port path <<<"$s"
  t0=$(cpu_ticks "${pid[$port]}")
  out16=$(run "$port" "$path" 16 "$secs")
  t1=$(cpu_ticks "${pid[$port]}")
  out64=$(run "$port" "$path" 64 "$secs")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out16")
  requests=$(awk '/requests in/ {print $1}' <<<"$out16")
  cpu=$(python3 -c "print(($t1 - $t0) * 1e6 / $(getconf CLK_TCK) / $requests)")
  [ -n "${basecpu[$port]:-}" ] || basecpu[$port]=$cpu
  errs=$(awk '/Non-2xx|Socket errors/ {print}' <<<"$out16$out64")
  [ -n "${base[$port]:-}" ] || base[$port]=$rps
  printf '| %-34s | %10.0f | %10.2f× | %12s | %12s | %12.0f | %10.2f× |%s\n' "$name" "$rps" "$(python3 -c "print($rps/${base[$port]})")" \
    "$(awk '$1=="99%" {print $2}' <<<"$out16")" "$(awk '$1=="99%" {print $2}' <<<"$out64")" "$cpu" "$(python3 -c "print(${basecpu[$port]}/$cpu)")" "${errs:+ $errs}"
done
echo "load average $(cut -d' ' -f1-3 /proc/loadavg) at the end (other work on the machine shifts absolute numbers; compare ratios)"
