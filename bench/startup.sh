#!/usr/bin/env bash
# Startup to first answer: publishes the server (Release), builds its database once, then starts the published dll
# N times (default 5) against that database and times each start until /healthz and then a GraphQL query answer.
# Loopback only. Usage: bash bench/startup.sh [runs] [--data DIR --db FILE]   (e.g. a synthetic dataset's)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}; shift || true
port=18097
work=$(mktemp -d)
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
data_args=("$@")
[ ${#data_args[@]} -gt 0 ] || data_args=(--data "$PWD/data" --db "$work/tt.db")
# PUBLISH_ARGS: extra dotnet publish options to compare (e.g. PUBLISH_ARGS="-p:PublishReadyToRun=false").
dotnet publish src/TreatyTracker.Server -c Release -r linux-x64 -o "$work/app" -v q -nologo ${PUBLISH_ARGS:-} >/dev/null
dotnet "$work/app/TreatyTracker.Server.dll" build-db "${data_args[@]}" >/dev/null
query='/graphql?query=%7B%20dataset%20%7B%20version%20%7D%20%7D'
now() { date +%s.%N; }
printf '%-4s %14s %18s\n' run "/healthz (s)" "first GraphQL (s)"
for i in $(seq 1 "$runs"); do
  start=$(now)
  ASPNETCORE_ENVIRONMENT=Production dotnet "$work/app/TreatyTracker.Server.dll" "${data_args[@]}" --urls "http://127.0.0.1:$port" \
    --Logging:LogLevel:Default=Warning >"$work/server.log" 2>&1 &
  server=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/healthz"; do
    kill -0 "$server" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
    sleep 0.02
  done
  health=$(now)
  curl -sf -o /dev/null "http://127.0.0.1:$port$query"
  graphql=$(now)
  printf '%-4s %14.2f %18.2f\n' "$i" "$(echo "$health - $start" | bc)" "$(echo "$graphql - $start" | bc)"
  kill "$server"; wait "$server" 2>/dev/null || true; server=""
done
