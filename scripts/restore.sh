#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh.
#   External PostgreSQL (SPRING_DATASOURCE_URL set): pg_restore --clean into that database (create it first).
#   Embedded: unpacks into a data directory that has no database yet; the next start of the application replays
#   the WAL up to the end of the backup and carries on.
# The PII key file goes to the data directory in both cases.
# Usage: scripts/restore.sh <backup-dir> [data-dir]   (data-dir default: $SHEGONG_DATA_DIR or ./data)
set -euo pipefail
BACKUP=${1:?usage: scripts/restore.sh <backup-dir> [data-dir]}
DATA_DIR=${2:-${SHEGONG_DATA_DIR:-./data}}
mkdir -p "$DATA_DIR"

if [ -f "$BACKUP/MANIFEST" ]; then
  (cd "$BACKUP" && grep -E '^[0-9a-f]{64}  ' MANIFEST | sha256sum --quiet -c -) || { echo "checksums do not match" >&2; exit 1; }
fi

if [ -f "$BACKUP/database.dump" ]; then
  [ -n "${SPRING_DATASOURCE_URL:-}" ] || { echo "database.dump needs SPRING_DATASOURCE_URL (the target database)" >&2; exit 1; }
  URL=${SPRING_DATASOURCE_URL#jdbc:}
  export PGUSER=${SPRING_DATASOURCE_USERNAME:-${PGUSER:-postgres}}
  [ -n "${SPRING_DATASOURCE_PASSWORD:-}" ] && export PGPASSWORD=$SPRING_DATASOURCE_PASSWORD
  pg_restore --clean --if-exists --no-owner --exit-on-error --dbname="$URL" "$BACKUP/database.dump"
else
  PGDATA="$DATA_DIR/postgres"
  if [ -e "$PGDATA/PG_VERSION" ]; then
    echo "$PGDATA already holds a database; restore into an empty data directory (move the old one aside first)" >&2
    exit 1
  fi
  mkdir -p "$PGDATA"
  chmod 700 "$PGDATA"
  tar -C "$PGDATA" -xf "$BACKUP/base.tar"
  if [ -f "$BACKUP/wal.tar" ]; then
    rm -rf "$PGDATA/pg_wal"
    tar -C "$PGDATA" -xf "$BACKUP/wal.tar"
  fi
  mkdir -p "$PGDATA/pg_wal/archive_status"
  [ -f "$BACKUP/backup_label" ] && cp "$BACKUP/backup_label" "$PGDATA/backup_label"
  rm -f "$PGDATA/postmaster.pid" "$PGDATA/postmaster.opts"
fi

if [ -f "$BACKUP/pii.key" ]; then
  if [ -f "$DATA_DIR/pii.key" ] && ! cmp -s "$BACKUP/pii.key" "$DATA_DIR/pii.key"; then
    mv "$DATA_DIR/pii.key" "$DATA_DIR/pii.key.replaced-$(date -u +%Y%m%d%H%M%S)"
  fi
  cp -p "$BACKUP/pii.key" "$DATA_DIR/pii.key"
fi
echo "restored $BACKUP into $DATA_DIR"
