#!/usr/bin/env bash
# Backs up Shegong's database and its PII key file into one directory.
#   External PostgreSQL (SPRING_DATASOURCE_URL set): `pg_dump --format=custom` (needs a pg_dump at least as new as
#   the server) -> database.dump.
#   Embedded PostgreSQL (the default; data in $SHEGONG_DATA_DIR/postgres, default ./data/postgres): the embedded
#   binaries carry no pg_dump, so this takes an online physical base backup through SQL (pg_backup_start /
#   pg_backup_stop, any psql >= 15 will do) while the application runs: base.tar + wal.tar + backup_label. With the
#   application stopped it copies the (cleanly shut down) data directory instead.
# Both: pii.key from the data directory (without it, encrypted personal data cannot be read; keys given as
# SHEGONG_PII_KEY / SHEGONG_PII_INDEX_KEY must be kept by whoever keeps the environment) and MANIFEST.
# Usage: scripts/backup.sh [backup-root]      (default ./backups) -> prints the new backup directory
set -euo pipefail
ROOT=${1:-./backups}
DATA_DIR=${SHEGONG_DATA_DIR:-./data}
OUT="$ROOT/shegong-$(date -u +%Y%m%d-%H%M%S)"
umask 077
mkdir -p "$OUT"

manifest() { echo "$1" >> "$OUT/MANIFEST"; }
manifest "created: $(date -u '+%F %T') UTC"

if [ -n "${SPRING_DATASOURCE_URL:-}" ]; then
  URL=${SPRING_DATASOURCE_URL#jdbc:}
  export PGUSER=${SPRING_DATASOURCE_USERNAME:-${PGUSER:-postgres}}
  [ -n "${SPRING_DATASOURCE_PASSWORD:-}" ] && export PGPASSWORD=$SPRING_DATASOURCE_PASSWORD
  pg_dump --format=custom --no-owner --file="$OUT/database.dump" "$URL"
  manifest "mode: external (pg_dump custom format)"
  manifest "server: $(psql -Atc 'show server_version' "$URL")"
else
  PGDATA=$(cd "$DATA_DIR/postgres" && pwd)
  PID=$(head -1 "$PGDATA/postmaster.pid" 2>/dev/null || true)
  if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then
    PORT=$(sed -n 4p "$PGDATA/postmaster.pid")
    # one psql session holds the backup open while tar copies the files (non-exclusive base backup)
    psql -h localhost -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt > /dev/null <<SQL
select pg_backup_start(label => 'shegong', fast => true) is not null;
\! tar -C "$PGDATA" --exclude=./postmaster.pid --exclude=./postmaster.opts --exclude=./epg-lock --exclude=./pg_wal -cf "$OUT/base.tar" . ; [ \$? -le 1 ] || touch "$OUT/FAILED"
select * from pg_backup_stop(wait_for_archive => false) \gset
\o $OUT/backup_label
select :'labelfile';
\o
SQL
    [ ! -e "$OUT/FAILED" ] || { echo "tar failed while copying $PGDATA" >&2; exit 1; }
    # the WAL written during the copy, up to and including the backup's end record
    tar -C "$PGDATA" -cf "$OUT/wal.tar" pg_wal
    manifest "mode: embedded, online base backup (pg_backup_start/stop) of $PGDATA"
  else
    tar -C "$PGDATA" --exclude=./postmaster.pid --exclude=./postmaster.opts --exclude=./epg-lock -cf "$OUT/base.tar" .
    manifest "mode: embedded, offline copy of $PGDATA (no server running)"
  fi
  manifest "server: PostgreSQL $(cat "$PGDATA/PG_VERSION")"
fi

if [ -f "$DATA_DIR/pii.key" ]; then
  cp -p "$DATA_DIR/pii.key" "$OUT/pii.key"
  manifest "pii key: $DATA_DIR/pii.key"
else
  manifest "pii key: none in $DATA_DIR (keys come from SHEGONG_PII_KEY / SHEGONG_PII_INDEX_KEY: keep them with the backup)"
fi
(cd "$OUT" && sha256sum -- * | grep -v MANIFEST) >> "$OUT/MANIFEST"
echo "$OUT"
