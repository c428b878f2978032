#!/usr/bin/env bash
# Load test on loopback: two Pilote CTG instances on one PostgreSQL behind HAProxy, USERS signed-in people browsing for
# SECONDS (portfolio, convention, plan, register; a fiche saved now and then), one instance killed mid-run; a register
# import started on the killed instance must finish on the other. Prints throughput, p50/p95/p99 and errors.
#
#   scripts/load-test.sh                 # 200 users, 60 s
#   USERS=50 SECONDS_=30 scripts/load-test.sh
#
# Needs (installed with apt-get when missing and run as root): postgresql (server binaries), haproxy, curl.
# Everything runs in a temporary directory and on ports 18080-18082 / 55433; all is stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

USERS=${USERS:-200}
DURATION=${SECONDS_:-60}
KILL_AFTER=${KILL_AFTER:-$((DURATION / 3))}
IMPORT_ROWS=${IMPORT_ROWS:-100000}
PG_PORT=${PG_PORT:-55433}
LLH=6c1f0f1e-2021-4c71-8a11-0000000000a1
ARMENTIERES=6c1f0f1e-2023-4c71-8a11-0000000000a2
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)

if [[ -z "$PG_BIN" ]] || ! command -v haproxy >/dev/null || ! command -v curl >/dev/null; then
  [[ $(id -u) == 0 ]] || { echo "install postgresql, haproxy and curl first" >&2; exit 2; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql haproxy curl >/dev/null
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi

echo "== building the application and the load driver"
./mvnw -q -B -DskipTests package
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/load-classpath.txt -Dmdep.includeScope=runtime
jar=$(ls target/pilote-ctg-*.jar | grep -v -- '-plain' | head -1)
# The driver is a tool, not a test: it measures wall-clock time and paces its users (Java source launcher, Jackson only).
driver=(java -cp "$(cat target/load-classpath.txt)" scripts/load/LoadDriver.java)

work=$(mktemp -d /tmp/pilote-load.XXXX)
chmod 755 "$work"
as_pg=()
[[ $(id -u) == 0 ]] && as_pg=(runuser -u postgres --)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  "${as_pg[@]}" "$PG_BIN/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "== PostgreSQL on port $PG_PORT"
mkdir -p "$work/pg" && [[ $(id -u) == 0 ]] && chown postgres "$work/pg"
"${as_pg[@]}" "$PG_BIN/initdb" -D "$work/pg" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${as_pg[@]}" "$PG_BIN/pg_ctl" -D "$work/pg" -l "$work/pg/server.log" -w \
  -o "-p $PG_PORT -k /tmp -c max_connections=60 -c shared_buffers=256MB -c fsync=off" start >/dev/null
"$PG_BIN/createdb" -h localhost -p "$PG_PORT" -U postgres pilote

start_instance() { # name port extra-args...
  local name=$1 port=$2
  shift 2
  java -Xmx768m -jar "$jar" --server.port="$port" \
    --spring.datasource.url="jdbc:postgresql://localhost:$PG_PORT/pilote" --spring.datasource.username=postgres \
    --spring.datasource.hikari.maximum-pool-size=20 --logging.level.root=WARN "$@" >"$work/$name.log" 2>&1 &
  pids+=($!)
  eval "${name}_pid=$!"
  for _ in $(seq 1 240); do
    curl -fsS "http://localhost:$port/actuator/health" 2>/dev/null | grep -q '"UP"' && return 0
    sleep 1
  done
  echo "instance $name did not start:" >&2; tail -30 "$work/$name.log" >&2; exit 1
}

echo "== instance a (port 18081, loads the demo data), then instance b (port 18082)"
start_instance a 18081 --spring.profiles.active=demo
start_instance b 18082 --spring.profiles.active=demo

cat >"$work/haproxy.cfg" <<EOF
global
  maxconn 2000
defaults
  mode http
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  retries 3
  option redispatch 1
  retry-on conn-failure empty-response response-timeout
  option httpchk GET /actuator/health
frontend pilote
  bind 127.0.0.1:18080
  option forwardfor
  default_backend instances
backend instances
  balance roundrobin
  default-server check inter 1s fall 2 rise 2
  server a 127.0.0.1:18081
  server b 127.0.0.1:18082
EOF
haproxy -f "$work/haproxy.cfg" >"$work/haproxy.log" 2>&1 &
pids+=($!)
sleep 2

fiches=$(psql -X -A -t -h localhost -p "$PG_PORT" -U postgres pilote \
  -c "SELECT string_agg(id::text, ',') FROM (SELECT id FROM actionplan.fiche WHERE convention_id = '$LLH' LIMIT 40) f")

echo "== a $IMPORT_ROWS-line register import started on instance b"
job=$("${driver[@]}" import-start http://127.0.0.1:18082 "$IMPORT_ROWS")
echo "import $job started on b"

echo "== $USERS users for $DURATION s through the proxy; instance b killed (kill -9) after $KILL_AFTER s"
"${driver[@]}" load http://127.0.0.1:18080 "$USERS" "$DURATION" "$LLH" "$ARMENTIERES" "$fiches" >"$work/load.txt" &
load_pid=$!
sleep "$KILL_AFTER"
state=$(psql -X -A -t -h localhost -p "$PG_PORT" -U postgres pilote \
  -c "SELECT state FROM equipment.import_job WHERE id = '$job'")
kill -9 "$b_pid"
echo "b killed at $KILL_AFTER s; its import was then: $state"
wait "$load_pid" || true
cat "$work/load.txt"

echo "== the import started on b must finish on a (a lost run is taken up after about a minute)"
import_ok=0
"${driver[@]}" import-await http://127.0.0.1:18081 "$job" 300 && import_ok=1

errors=$(grep -o 'LOAD RESULT errors=[0-9]*' "$work/load.txt" | cut -d= -f2)
echo
if [[ "$errors" == 0 && "$import_ok" == 1 ]]; then
  echo "LOAD TEST PASSED: 0 errors with one of two instances killed mid-run; the import finished on the other"
else
  echo "LOAD TEST FAILED: errors=$errors, import finished=$import_ok" >&2
  exit 1
fi
