#!/usr/bin/env bash
# Backup and restore drill (issue 10): a running instance takes demands, scripts/backup.sh backs it up while it
# runs, more demands arrive after the backup, then scripts/restore.sh restores into a fresh data directory and the
# application starts on it. Checks: healthy, the audit hash chain verifies, every table's row count equals the
# count at backup time, a demand from before the backup can be tracked with its phone digits (the PII keys came
# along) and one from after the backup is absent. Embedded database; results go to stdout.
# Usage: scripts/restore-drill.sh [path/to/shegong.jar]
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${1:-$(ls target/shegong-*.jar 2>/dev/null | grep -v original | head -1 || true)}
if [ -z "$JAR" ]; then
  mvn -q -B -DskipTests package
  JAR=$(ls target/shegong-*.jar | grep -v original | head -1)
fi
WORK=$(mktemp -d /tmp/shegong-restore-XXXX)
KEY="drill-$RANDOM$RANDOM"
PASSWORD='Drill#Restore2026'
export SHEGONG_ADMIN_USERNAME=admin SHEGONG_ADMIN_PASSWORD="$PASSWORD" SHEGONG_OPEN311_API_KEYS="$KEY"
PID=""
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null || true' EXIT

start() { # data-dir port name
  local t0=$(date +%s)
  SHEGONG_DATA_DIR="$1" PORT="$2" java -jar "$JAR" > "$WORK/run-$3.log" 2>&1 &
  PID=$!
  until curl -sf "http://localhost:$2/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$PID" 2>/dev/null || { echo "FAIL: $3 died"; grep -E 'ERROR|Exception' "$WORK/run-$3.log" | head -20; exit 1; }
    [ $(( $(date +%s) - t0 )) -lt 900 ] || { echo "FAIL: $3 not healthy after 900 s"; exit 1; }
    sleep 1
  done
  echo "start '$3': healthy after $(( $(date +%s) - t0 )) s"
}

stop() { kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""; }

submit() { # port n -> tracking code
  curl -s -m 30 -X POST "http://localhost:$1/open311/v2/requests.json" -d "api_key=$KEY" -d service_code=ZF-01 \
      --data-urlencode "description=备份演练诉求 $2" -d "phone=1390000$(printf '%04d' "$2")" \
      --data-urlencode "address_string=成都市武侯区玉林街道$2号" | grep -o '"service_request_id":"[^"]*"' | cut -d'"' -f4
}

counts() { # data-dir -> "table count" lines for every table whose rows are business data
  local port; port=$(sed -n 4p "$1/postgres/postmaster.pid")
  local volatile="'scheduled_tasks','spring_session','spring_session_attributes','event_publication','limit_bucket','limit_block','identity_audit_head'"
  psql -h localhost -p "$port" -U postgres -d shegong -qAt -c "
    select string_agg(format('select %L || '' '' || count(*) from %I', table_name, table_name), ' union all ' order by table_name)
    from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'
      and table_name not in ($volatile)" | psql -h localhost -p "$port" -U postgres -d shegong -qAt | sort
}

echo "== backup and restore drill: $(date -u '+%F %T') UTC, work dir $WORK, jar $JAR"
A="$WORK/a"; B="$WORK/b"; PA=$((18100 + RANDOM % 400)); PB=$((18500 + RANDOM % 400))
start "$A" "$PA" original
BEFORE=()
for i in $(seq 1 20); do BEFORE+=("$(submit "$PA" "$i")"); done
echo "demands before the backup: ${#BEFORE[@]}"
counts "$A" > "$WORK/counts-at-backup.txt"
SHEGONG_DATA_DIR="$A" scripts/backup.sh "$WORK/backups" > "$WORK/backup-dir.txt"
BACKUP=$(cat "$WORK/backup-dir.txt")
echo "backup: $(du -sh "$BACKUP" | cut -f1) in $BACKUP ($(ls "$BACKUP" | tr '\n' ' '))"
AFTER=$(submit "$PA" 99)
echo "demand after the backup: $AFTER"
stop

scripts/restore.sh "$BACKUP" "$B"
start "$B" "$PB" restored
counts "$B" > "$WORK/counts-restored.txt"
if diff "$WORK/counts-at-backup.txt" "$WORK/counts-restored.txt" > "$WORK/counts.diff"; then
  echo "row counts equal in all $(wc -l < "$WORK/counts-restored.txt") tables (demand: $(grep '^demand ' "$WORK/counts-restored.txt" | cut -d' ' -f2), audit log: $(grep '^identity_audit_log ' "$WORK/counts-restored.txt" | cut -d' ' -f2))"
else
  echo "FAIL: row counts differ:"; cat "$WORK/counts.diff"; exit 1
fi
TOKEN=$(curl -s -X POST "http://localhost:$PB/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d "{\"username\":\"admin\",\"password\":\"$PASSWORD\"}" | grep -o '"token":"[^"]*"' | cut -d'"' -f4)
VERIFY=$(curl -s "http://localhost:$PB/api/v1/audit/verify" -H "Authorization: Bearer $TOKEN")
echo "audit chain on the restored instance: $VERIFY"
echo "$VERIFY" | grep -q '"intact":true' || { echo "FAIL: audit chain does not verify"; exit 1; }
FIRST=${BEFORE[0]}
TRACKED=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PB/api/v1/public/demands/track?code=$FIRST&lastFour=0001")
echo "track $FIRST (before the backup) with its phone digits: HTTP $TRACKED"
[ "$TRACKED" = 200 ] || { echo "FAIL: a demand from before the backup cannot be tracked"; exit 1; }
GONE=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PB/open311/v2/requests/$AFTER.json?api_key=$KEY")
echo "demand $AFTER (after the backup) on the restored instance: HTTP $GONE"
[ "$GONE" = 404 ] || { echo "FAIL: the restore holds a demand made after the backup"; exit 1; }
stop
echo "== backup and restore drill passed"
