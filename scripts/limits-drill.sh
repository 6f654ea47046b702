#!/usr/bin/env bash
# Limits drill (issue 10): black-box floods against a fresh instance with the shipped limits.
#   1. 200 tracking-code guesses from one address, 8 at a time      -> how many answered before 429
#   2. 40 wrong passwords for one known user on the token endpoint   -> 429 after the address's failures;
#      then the right password from another address (127.0.0.2)      -> still signs in (no lockout)
#   3. 100 anonymous GETs of a protected page                          -> session rows added
# Usage: scripts/limits-drill.sh [path/to/shegong.jar]
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${1:-$(ls target/shegong-*.jar 2>/dev/null | grep -v original | head -1 || true)}
[ -n "$JAR" ] || { mvn -q -B -DskipTests package; JAR=$(ls target/shegong-*.jar | grep -v original | head -1); }
DATA=$(mktemp -d /tmp/shegong-limits-XXXX)
PORT=${PORT:-$((18100 + RANDOM % 800))}
export SHEGONG_DATA_DIR="$DATA" PORT SHEGONG_ADMIN_USERNAME=admin SHEGONG_ADMIN_PASSWORD='Drill#Limits2026'
BASE="http://localhost:$PORT"
java -jar "$JAR" > "$DATA/run.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null || true' EXIT
until curl -sf "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"'; do
  kill -0 $PID 2>/dev/null || { echo "app died"; tail -30 "$DATA/run.log"; exit 1; }
  sleep 1
done
echo "== limits drill: $(date -u '+%F %T') UTC, jar $JAR"

t0=$(date +%s.%N)
seq 1 200 | xargs -P 8 -I{} curl -s -o /dev/null -w '%{http_code}\n' \
    "$BASE/api/v1/public/demands/track?code=SC2611300000{}&lastFour=1234" > "$DATA/track.txt"
t1=$(date +%s.%N)
echo "tracking guesses: $(grep -c 404 "$DATA/track.txt") answered (404), $(grep -c 429 "$DATA/track.txt") refused (429), other: $(grep -vc '404\|429' "$DATA/track.txt" || true); $(echo "$t1 - $t0" | bc) s for 200"
echo "  one refusal: $(curl -s -D - "$BASE/api/v1/public/demands/track?code=X&lastFour=1" | grep -i '^retry-after' | tr -d '\r'), body $(curl -s "$BASE/api/v1/public/demands/track?code=X&lastFour=1")"

for i in $(seq 1 40); do
  curl -s -o /dev/null -w '%{http_code}\n' -X POST "$BASE/api/v1/auth/token" -H 'Content-Type: application/json' \
      -d '{"username":"admin","password":"wrong-guess-'$i'"}'
done > "$DATA/token.txt"
echo "wrong passwords for admin: $(grep -c 401 "$DATA/token.txt") answered 401, then $(grep -c 429 "$DATA/token.txt") refused 429"
OWN=$(curl -s -o /dev/null -w '%{http_code}' --interface 127.0.0.2 -X POST "$BASE/api/v1/auth/token" \
    -H 'Content-Type: application/json' -d '{"username":"admin","password":"Drill#Limits2026"}' || echo "n/a")
echo "right password from another address (127.0.0.2): HTTP $OWN"
UNKNOWN=$(curl -s --interface 127.0.0.3 -X POST "$BASE/api/v1/auth/token" -H 'Content-Type: application/json' -d '{"username":"nobody","password":"x"}')
WRONG=$(curl -s --interface 127.0.0.3 -X POST "$BASE/api/v1/auth/token" -H 'Content-Type: application/json' -d '{"username":"admin","password":"x"}')
[ "$UNKNOWN" = "$WRONG" ] && echo "unknown user and wrong password: same answer ($UNKNOWN)" || echo "DIFFERENT: $UNKNOWN vs $WRONG"

PGPORT=$(sed -n 4p "$DATA/postgres/postmaster.pid")
rows() { psql -h localhost -p "$PGPORT" -U postgres -d shegong -qAtc 'select count(*) from spring_session'; }
before=$(rows)
for i in $(seq 1 100); do curl -s -o /dev/null "$BASE/demands?page=$i"; done
echo "anonymous GETs of /demands: 100, session rows added: $(( $(rows) - before ))"
echo "blocks listed for administrators: $(psql -h localhost -p "$PGPORT" -U postgres -d shegong -qAtc "select string_agg(route_group || ' ' || kind || ' ' || subject || ' x' || refusals, '; ') from limit_block")"
