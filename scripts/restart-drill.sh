#!/usr/bin/env bash
# Restart drill (issue 10): the application is killed with SIGKILL while citizens' demands stream in
#   round 1: kill -9 of the application only (its embedded PostgreSQL is left behind, parent pid 1)
#   round 2: kill -9 of the application and of its PostgreSQL
# After each kill the next `java -jar` must come up healthy on the same data directory, and every demand that was
# acknowledged (HTTP 201 with a tracking code) must be there. Results go to stdout (copy them to docs/reliability.md).
# Usage: scripts/restart-drill.sh [path/to/shegong.jar]   (default: target/shegong-*.jar, built when missing)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${1:-$(ls target/shegong-*.jar 2>/dev/null | grep -v original | head -1 || true)}
if [ -z "$JAR" ]; then
  mvn -q -B -DskipTests package
  JAR=$(ls target/shegong-*.jar | grep -v original | head -1)
fi
DATA=$(mktemp -d /tmp/shegong-restart-XXXX)
PORT=${PORT:-$((18100 + RANDOM % 800))}
KEY="drill-$RANDOM$RANDOM"
export SHEGONG_DATA_DIR="$DATA" PORT SHEGONG_ADMIN_USERNAME=admin SHEGONG_ADMIN_PASSWORD='Drill#Restart2026' \
       SHEGONG_OPEN311_API_KEYS="$KEY"
BASE="http://localhost:$PORT"
ACKED="$DATA/acknowledged.txt"
: > "$ACKED"
PID=""
LOADER=""

cleanup() {
  [ -n "$LOADER" ] && kill "$LOADER" 2>/dev/null || true
  [ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null || true
  local pg; pg=$(postmaster_pid)
  [ -n "$pg" ] && kill "$pg" 2>/dev/null || true
}
trap cleanup EXIT

postmaster_pid() { head -1 "$DATA/postgres/postmaster.pid" 2>/dev/null || true; }

start() {
  local t0 t1
  t0=$(date +%s.%N)
  java -XX:+ExitOnOutOfMemoryError -jar "$JAR" > "$DATA/run-$1.log" 2>&1 &
  PID=$!
  until curl -sf "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    if ! kill -0 "$PID" 2>/dev/null; then
      echo "FAIL: start '$1' died:"; grep -E 'ERROR|lock file|Exception' "$DATA/run-$1.log" | head -20; exit 1
    fi
    if [ "$(echo "$(date +%s.%N) - $t0 > 600" | bc)" = 1 ]; then echo "FAIL: start '$1' not healthy after 600 s"; exit 1; fi
    sleep 0.5
  done
  t1=$(date +%s.%N)
  printf '%-28s healthy after %5.1f s\n' "start '$1':" "$(echo "$t1 - $t0" | bc)"
}

submit_one() {
  local n=$1 code
  code=$(curl -s -m 20 -X POST "$BASE/open311/v2/requests.json" -d "api_key=$KEY" -d service_code=ZF-01 \
      --data-urlencode "description=演练诉求 $n：小区电梯故障" -d "phone=1381234$(printf '%04d' $((n % 10000)))" \
      --data-urlencode "address_string=成都市武侯区玉林街道玉林北路$n号" 2>/dev/null \
    | grep -o '"service_request_id":"[^"]*"' | cut -d'"' -f4 || true)
  [ -n "$code" ] && echo "$code" >> "$ACKED"
  return 0
}

# submits demands one after another until killed; every tracking code received is "acknowledged"
load() { local n=$1; while true; do submit_one "$n"; n=$((n + 1)); done; }

check_all_present() {
  local missing=0 total code
  total=$(wc -l < "$ACKED")
  while read -r code; do
    curl -sf "$BASE/open311/v2/requests/$code.json?api_key=$KEY" | grep -q "\"service_request_id\":\"$code\"" \
      || { echo "  missing: $code"; missing=$((missing + 1)); }
  done < "$ACKED"
  local dupes; dupes=$(sort "$ACKED" | uniq -d | wc -l)
  echo "acknowledged demands present:  $((total - missing))/$total (duplicated codes: $dupes)"
  [ "$missing" = 0 ] || { echo "FAIL: acknowledged demands lost"; exit 1; }
}

kill_under_load() {
  load "$1" & LOADER=$!
  sleep "$2"
  kill -9 "$PID"; wait "$PID" 2>/dev/null || true
  kill "$LOADER" 2>/dev/null || true; wait "$LOADER" 2>/dev/null || true; LOADER=""
  PID=""
}

echo "== restart drill: $(date -u '+%F %T') UTC, data in $DATA, jar $JAR"
start first
for i in $(seq 1 20); do submit_one "$i"; done
echo "demands acknowledged before round 1: $(wc -l < "$ACKED")"

echo "-- round 1: kill -9 of the application while demands stream in"
kill_under_load 1000 4
PG=$(postmaster_pid)
if [ -n "$PG" ] && kill -0 "$PG" 2>/dev/null; then
  echo "left behind: PostgreSQL pid $PG, parent pid $(ps -o ppid= -p "$PG" | tr -d ' ') (postmaster.pid still present)"
else
  echo "PostgreSQL did not survive the application (nothing left behind)"
fi
start after-kill-app
grep -h 'left behind\|stale' "$DATA/run-after-kill-app.log" | sed 's/^.*WARN[^:]*: /  log: /' | head -3
check_all_present

echo "-- round 2: kill -9 of the application and of its PostgreSQL while demands stream in"
kill_under_load 2000 4
PG=$(postmaster_pid)
[ -n "$PG" ] && kill -9 "$PG" 2>/dev/null && echo "killed PostgreSQL pid $PG with SIGKILL"
start after-kill-both
grep -h 'left behind\|stale\|recover\|redo' "$DATA/run-after-kill-both.log" | sed 's/^.*\(WARN\|INFO\|LOG\)[^:]*: /  log: /' | head -3
check_all_present
echo "== restart drill passed"
