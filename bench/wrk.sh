#!/usr/bin/env bash
# Load test on loopback: the server in Release with the shipped data, wrk against a baseline endpoint
# (/healthz: small JSON, no GraphQL) and the GraphQL requests dashboards make. Reports requests/s and the ratio
# to the baseline, measured in the same run (the machine is shared and noisy: compare ratios, not absolutes).
# Usage: bash bench/wrk.sh [seconds per scenario, default 10]
#        RESPONSE_CACHE=0 bash bench/wrk.sh   # measure execution itself, without the GET response cache
#        DOCUMENT_CACHE=0 bash bench/wrk.sh   # and without the parsed-document cache (POST)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
secs=${1:-10}
port=5099
work=$(mktemp -d)
dotnet build -c Release src/TreatyTracker.Server -v q -nologo >/dev/null
dotnet src/TreatyTracker.Server/bin/Release/net10.0/TreatyTracker.Server.dll --db "$work/bench.db" --urls "http://127.0.0.1:$port" \
  --Logging:LogLevel:Default=Warning --TreatyTracker:Http:ResponseCacheEntries="${RESPONSE_CACHE:-2000}" \
  --TreatyTracker:GraphQL:DocumentCacheEntries="${DOCUMENT_CACHE:-1000}" >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 1; done

enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }
treaty_map=$(curl -s "http://127.0.0.1:$port/documents" | python3 -c 'import json,sys; print([d["id"] for d in json.load(sys.stdin) if d["name"]=="treaty-map"][0])')
declare -a names urls
names+=("baseline /healthz");                urls+=("/healthz")
names+=("status of one country");            urls+=("/graphql?query=$(enc '{ participation(treaty: "APMBC", country: "PL") { status(asOf: "2026-01-01") withdrawal { effectiveOn basis } } }')")
names+=("treaty map, 100 states (stored)");  urls+=("/graphql?documentId=$(enc "$treaty_map")&variables=$(enc '{"treaty":"APMBC","asOf":"2026-01-01"}')")
names+=("30-year monthly series");           urls+=("/graphql?query=$(enc '{ treaty(code: "APMBC") { statusSeries(from: "1996-01-01", to: "2025-12-01", step: MONTH) { date counts { status count } } } }')")
names+=("timeline page");                    urls+=("/graphql?query=$(enc '{ events(first: 20, filter: { treaty: "APMBC" }) { nodes { date kind country { name } } pageInfo { endCursor } } }')")
names+=("participations CSV");               urls+=("/export/participations.csv?treaty=APMBC&asOf=2026-01-01")

for u in "${urls[@]}"; do curl -sf "http://127.0.0.1:$port$u" >/dev/null || { echo "request failed: $u" >&2; exit 1; }; done
# A POST (never response-cached): the same question as "status of one country".
cat >"$work/post.json" <<'JSON'
{"query":"{ participation(treaty: \"APMBC\", country: \"PL\") { status(asOf: \"2026-01-01\") withdrawal { effectiveOn basis } } }"}
JSON
printf 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = io.open("%s"):read("*a")\n' "$work/post.json" >"$work/post.lua"
curl -sf -X POST -H 'Content-Type: application/json' --data @"$work/post.json" "http://127.0.0.1:$port/graphql" | grep -q effectiveOn || { echo "POST failed" >&2; exit 1; }
printf '%-34s %12s %12s %10s\n' scenario "req/s" "p99 latency" "vs baseline"
base=""
emit() {
  local rps p99
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$2")
  p99=$(awk '$1=="99%" {print $2}' <<<"$2")
  [ -n "$base" ] || base=$rps
  printf '%-34s %12s %12s %9.2fx\n' "$1" "$rps" "$p99" "$(python3 -c "print($rps/$base)")"
}
# Warm-up, not measured: the JIT compiles the hot paths before any scenario is timed.
for u in "${urls[@]}"; do wrk -t2 -c16 -d2s "http://127.0.0.1:$port$u" >/dev/null; done
wrk -t2 -c16 -d2s -s "$work/post.lua" "http://127.0.0.1:$port/graphql" >/dev/null
for i in "${!urls[@]}"; do
  out=$(wrk -t2 -c16 -d"${secs}s" --latency "http://127.0.0.1:$port${urls[$i]}")
  emit "${names[$i]}" "$out"
done
out=$(wrk -t2 -c16 -d"${secs}s" --latency -s "$work/post.lua" "http://127.0.0.1:$port/graphql")
emit "status of one country (POST)" "$out"
