#!/usr/bin/env bash
# Measures: first start (empty data dir: PostgreSQL initdb + migrations + division import),
# a later cold start to healthy, and heap used after start (after a full GC).
# Usage: scripts/benchmark-startup.sh   (builds the jar first; uses a throwaway data dir and port 18080)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests package
JAR=$(ls target/shegong-*.jar | grep -v original | head -1)
DATA=$(mktemp -d /tmp/shegong-bench-XXXX)
PORT=18080
export SHEGONG_DATA_DIR="$DATA" PORT SHEGONG_ADMIN_USERNAME=admin SHEGONG_ADMIN_PASSWORD='Bench#Mark2026'

start() {
  local t0 t1
  t0=$(date +%s.%N)
  java -jar "$JAR" > "$DATA/run-$1.log" 2>&1 &
  PID=$!
  until curl -sf "http://localhost:$PORT/actuator/health" | grep -q '"UP"'; do
    kill -0 $PID 2>/dev/null || { echo "app died"; tail -50 "$DATA/run-$1.log"; exit 1; }
    sleep 0.2
  done
  t1=$(date +%s.%N)
  echo "$1 start to healthy: $(echo "$t1 - $t0" | bc) s"
}

start first
grep -E "Imported|import" "$DATA/run-first.log" | grep -i division | head -3 || true
kill $PID; wait $PID 2>/dev/null || true
start second
grep -E "Started ShegongApplication" "$DATA/run-second.log" | sed 's/.*Started/  Spring: Started/'
sleep 5
jcmd $PID GC.run > /dev/null
echo "heap after start (after full GC):"
jcmd $PID GC.heap_info | head -3
kill $PID; wait $PID 2>/dev/null || true
rm -rf "$DATA"
