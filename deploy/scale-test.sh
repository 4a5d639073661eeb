#!/usr/bin/env bash
# Scale-out test on loopback: publishes the server, builds two replicas' databases from one copy of data/, starts the
# replicas and nginx (deploy/nginx.conf, caching reverse proxy) and checks that
#   1. nginx caches GET answers (X-Cache-Status MISS, then HIT) and answers a matching If-None-Match with 304;
#   2. both replicas answer the same request with the same ETag and the same bytes;
#   3. a new dataset version (a seed file added to the copy of data/) rolls out replica by replica - stop, apply
#      the new version (build-db), start - while two request loops run through nginx: no request may fail.
# Everything it starts is stopped on exit, on failure too. Exit status 0 only when every check passed.
# Usage: bash deploy/scale-test.sh        Ports: 18080 (nginx), 18081-18082 (replicas); SCALE_TEST_PORT_BASE moves them.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
base=${SCALE_TEST_PORT_BASE:-18080}
listen=$base; port_a=$((base + 1)); port_b=$((base + 2))
command -v nginx >/dev/null || { echo "nginx is needed: apt-get install nginx" >&2; exit 1; }
work=$(mktemp -d)
chmod 755 "$work" # nginx's workers may run as another user: they need to reach the prefix
declare -A pids=()
loops=()

cleanup() {
  local status=$?
  set +e
  for p in "${loops[@]}"; do kill "$p" 2>/dev/null; done
  [ -f "$work/nginx/nginx.pid" ] && nginx -p "$work/nginx/" -c "$work/nginx/nginx.conf" -e "$work/nginx/logs/error.log" -s stop 2>/dev/null
  for r in "${!pids[@]}"; do kill "${pids[$r]}" 2>/dev/null; done
  wait 2>/dev/null
  if [ "$status" -ne 0 ]; then
    echo "--- FAILED; logs:" >&2
    for f in "$work"/replica-*.log "$work/nginx/logs/error.log"; do [ -f "$f" ] && { echo "== $f" >&2; tail -n 20 "$f" >&2; }; done
  fi
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "== [${SECONDS}s] $*"; }

step "publish the server (Release)"
dotnet publish src/TreatyTracker.Server -c Release -o "$work/app" -v q -nologo >"$work/publish.log" 2>&1 || { cat "$work/publish.log" >&2; fail "publish"; }
app="$work/app/TreatyTracker.Server.dll"

step "build both replicas' databases from one copy of data/"
cp -r "$repo/data" "$work/data"
for r in a b; do dotnet "$app" build-db --data "$work/data" --db "$work/$r.db" >/dev/null; done

port_of() { [ "$1" = a ] && echo "$port_a" || echo "$port_b"; }
start_replica() {
  local r=$1 port; port=$(port_of "$1")
  ASPNETCORE_ENVIRONMENT=Production dotnet "$app" --data "$work/data" --db "$work/$r.db" --urls "http://127.0.0.1:$port" \
    --TreatyTracker:BuildDatabaseOnStart=false --Logging:LogLevel:Default=Warning >>"$work/replica-$r.log" 2>&1 &
  pids[$r]=$!
}
stop_replica() { kill -TERM "${pids[$1]}"; wait "${pids[$1]}" 2>/dev/null || true; unset "pids[$1]"; }
version_of() { curl -sf "http://127.0.0.1:$(port_of "$1")/healthz" | python3 -c 'import json,sys; print(json.load(sys.stdin)["datasetVersion"])'; }
wait_version() { # replica version
  for _ in $(seq 1 600); do [ "$(version_of "$1" 2>/dev/null)" = "$2" ] && return 0; sleep 0.1; done
  fail "replica $1 did not answer with dataset version $2"
}

version=$(ls "$work/data" | sed -n 's/^\([0-9]\{4\}\)-.*\.ya\?ml$/\1/p' | sort | tail -n 1 | sed 's/^0*//')
step "start replicas on :$port_a and :$port_b (dataset version $version), nginx on :$listen"
start_replica a; start_replica b
wait_version a "$version"; wait_version b "$version"
mkdir -p "$work/nginx/logs" "$work/nginx/tmp" "$work/nginx/cache"
sed -e "s/@LISTEN@/$listen/" -e "s/@REPLICA_A@/$port_a/" -e "s/@REPLICA_B@/$port_b/" deploy/nginx.conf >"$work/nginx/nginx.conf"
chmod -R a+rwX "$work/nginx"
nginx -p "$work/nginx/" -c "$work/nginx/nginx.conf" -e "$work/nginx/logs/error.log"
for _ in $(seq 1 100); do curl -sf -o /dev/null "http://127.0.0.1:$listen/healthz" && break; sleep 0.1; done

query='/graphql?query=%7B%20treaty(code%3A%20%22APMBC%22)%20%7B%20code%20name%20participations(first%3A%205)%20%7B%20totalCount%20%7D%20%7D%20%7D'
header() { grep -i "^$1:" | head -n 1 | cut -d' ' -f2- | tr -d '\r'; }

step "1. nginx caches GET answers"
first=$(curl -sf -D - -o /dev/null "http://127.0.0.1:$listen$query" | header X-Cache-Status)
second=$(curl -sf -D - -o /dev/null "http://127.0.0.1:$listen$query")
[ "$first" = MISS ] || fail "first GET through nginx: X-Cache-Status '$first', expected MISS"
[ "$(header X-Cache-Status <<<"$second")" = HIT ] || fail "second GET through nginx: X-Cache-Status '$(header X-Cache-Status <<<"$second")', expected HIT"
etag=$(header ETag <<<"$second")
[ -n "$etag" ] || fail "no ETag on the cached answer"
code=$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" "http://127.0.0.1:$listen$query")
[ "$code" = 304 ] || fail "If-None-Match $etag through nginx answered $code, expected 304"
echo "   MISS, then HIT; ETag $etag; If-None-Match answered 304"

step "2. both replicas answer the same bytes with the same ETag"
etag_a=$(curl -sf -D "$work/ha" -o "$work/body-a" "http://127.0.0.1:$port_a$query" && header ETag <"$work/ha")
etag_b=$(curl -sf -D "$work/hb" -o "$work/body-b" "http://127.0.0.1:$port_b$query" && header ETag <"$work/hb")
[ -n "$etag_a" ] && [ "$etag_a" = "$etag_b" ] || fail "ETags differ: replica a '$etag_a', replica b '$etag_b'"
[ "$etag_a" = "$etag" ] || fail "nginx's cached ETag '$etag' is not the replicas' '$etag_a'"
cmp -s "$work/body-a" "$work/body-b" || fail "the replicas' answers differ"
echo "   ETag $etag_a from both; $(wc -c <"$work/body-a") identical bytes"

step "3. roll out dataset version $((version + 1)) replica by replica under load"
next=$((version + 1))
cat >"$work/data/$(printf '%04d' "$next")-rollout-test.yaml" <<YAML
version: $next
date: $(date -u +%F)
description: Rollout test (scale-test.sh); no records, a new dataset version only
YAML
post='{"query":"{ dataset { version } treaty(code: \"APMBC\") { code name } }"}'
load() { # how many requests, one status code a line
  while :; do
    # (a request that cannot connect prints 000; the loop goes on, so every failure is counted)
    curl -s -o /dev/null -w '%{http_code}\n' -X POST -H 'Content-Type: application/json' --data "$post" "http://127.0.0.1:$listen/graphql" || true
    curl -s -o /dev/null -w '%{http_code}\n' "http://127.0.0.1:$listen$query" || true
  done
}
load >"$work/codes-1" 2>&1 & loops+=($!)
load >"$work/codes-2" 2>&1 & loops+=($!)
sleep 1
for r in a b; do
  stop_replica "$r"
  dotnet "$app" build-db --data "$work/data" --db "$work/$r.db" >/dev/null
  start_replica "$r"
  wait_version "$r" "$next"
  echo "   replica $r: stopped, version $next applied, started"
done
sleep 1
for p in "${loops[@]}"; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null || true; done
loops=()
total=$(cat "$work"/codes-* | wc -l)
bad=$(cat "$work"/codes-* | grep -vc '^200$' || true)
[ "$total" -ge 20 ] || fail "only $total requests ran during the rollout"
[ "$bad" -eq 0 ] || fail "$bad of $total requests failed during the rollout: $(cat "$work"/codes-* | grep -v '^200$' | sort | uniq -c | tr '\n' ' ')"
new_a=$(curl -sf -D - -o /dev/null "http://127.0.0.1:$port_a$query" | header ETag)
new_b=$(curl -sf -D - -o /dev/null "http://127.0.0.1:$port_b$query" | header ETag)
[ "$new_a" = "$new_b" ] || fail "after the rollout the ETags differ: '$new_a' and '$new_b'"
[ "$new_a" != "$etag_a" ] || fail "the ETag did not change with the new dataset version"
echo "   $total requests through nginx during the rollout, all 200; new ETag $new_a from both replicas"
echo "scale test passed"
