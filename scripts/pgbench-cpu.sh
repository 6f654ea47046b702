#!/bin/bash
# PostgreSQL CPU per transaction of a pgbench script against a running cluster (issue 12's intake ledger).
# usage: scripts/pgbench-cpu.sh <data-dir> <port> <script.sql> [seconds] [clients]
# e.g.   scripts/pgbench-cpu.sh /work/bench-data/postgres 38045 src/test/resources/bench/pgbench/registration.sql 20 16
# Run src/test/resources/bench/pgbench/setup.sql once first. CPU is read from /proc: the postmaster, its reaped and
# its live children, as DemandBenchmark does; prepared statements, as the JDBC driver uses them.
set -euo pipefail
D=$1; PORT=$2; SCRIPT=$3; SECONDS_=${4:-20}; CLIENTS=${5:-16}
PM=$(head -1 "$D/postmaster.pid")
ticks() {
  local total=0 pid stat rest f
  for dir in /proc/[0-9]*; do
    pid=${dir#/proc/}
    stat=$(cat "$dir/stat" 2>/dev/null) || continue
    rest=${stat##*) }
    read -r -a f <<< "$rest"
    if [ "$pid" = "$PM" ]; then total=$((total + f[11] + f[12] + f[13] + f[14]))
    elif [ "${f[1]}" = "$PM" ]; then total=$((total + f[11] + f[12])); fi
  done
  echo $total
}
export PGHOST=/tmp PGPORT=$PORT PGUSER=postgres PGDATABASE=shegong
REGIONS=$(psql -Atc "select count(*) from pb_region"); CATEGORIES=$(psql -Atc "select count(*) from pb_cat")
PGBENCH=$(command -v pgbench || ls /usr/lib/postgresql/*/bin/pgbench | tail -1)
t0=$(ticks)
out=$("$PGBENCH" -n -M prepared -c "$CLIENTS" -j 2 -T "$SECONDS_" -D regions="$REGIONS" -D categories="$CATEGORIES" -f "$SCRIPT" 2>&1)
t1=$(ticks)
n=$(echo "$out" | awk '/actually processed/ {print $NF}')
tps=$(echo "$out" | awk '/^tps/ {print $3}')
hz=$(getconf CLK_TCK)
echo "$(basename "$SCRIPT"): $tps tx/s, $n tx, PostgreSQL CPU $(( (t1 - t0) * 1000000 / hz / n )) µs per transaction; load $(cut -d' ' -f1-3 /proc/loadavg)"
