#!/usr/bin/env bash
# The scale-out benchmark (tenants-sample ScaleOutUnderLoad): the same mixed workload against one PostgreSQL 15, a
# Citus coordinator with one worker and one with two, each a fresh database on this machine; then, on the two-worker
# cluster, the measured workspace isolated and moved to the other worker while the load runs. Figures in
# tenants-sample/target/benchmarks/scale-out-*.txt. Build first (mvn -DskipTests install).
#
#   scale-out/bench.sh [plain|cluster-1|cluster-2|move ...]     default: all four
#
# Settings: USERS (16), SECONDS_MEASURED (60), WARMUP (30) of the load; MOVE_MODE (force_logical, or block_writes),
# ISOLATE_FIRST (false; true: the workspace is put on shards of its own before the load, and only moved under it);
# the nodes' ports and folders are the benchmark's own (15460+, target/bench-*), apart from the test profile's cluster.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PORT=15460
URL=jdbc:postgresql://127.0.0.1:$PORT/tacit

run() {
  local label=$1; shift
  (cd "$ROOT/tenants-sample" && mvn -q -o exec:java -Dexec.mainClass=io.tacitcrm.sample.bench.ScaleOutUnderLoad \
    -Dtacit.wlp.dir="$ROOT/ui/target/liberty/wlp" -Dtacit.bench.database.url="$URL" -Dtacit.bench.label="$label" \
    -Dtacit.bench.users="${USERS:-16}" -Dtacit.bench.seconds="${SECONDS_MEASURED:-60}" \
    -Dtacit.bench.warmup="${WARMUP:-30}" "$@")
}

node() {  # citus.sh on the benchmark's own ports and folder
  CITUS_PORT=$PORT CITUS_DIR=$ROOT/target/bench-$1 bash "$ROOT/scale-out/citus.sh" "${@:2}"
}

for what in "${@:-plain cluster-1 cluster-2 move}"; do
  for step in $what; do
    case $step in
      plain) node plain reset; node plain plain; trap 'node plain stop' EXIT; run plain; node plain stop ;;
      cluster-1) node c1 reset; node c1 start 1; trap 'node c1 stop' EXIT; run cluster-1; node c1 stop ;;
      cluster-2) node c2 reset; node c2 start 2; trap 'node c2 stop' EXIT; run cluster-2; node c2 stop ;;
      move) node c2 reset; node c2 start 2; trap 'node c2 stop' EXIT
            run cluster-2 -Dtacit.bench.move="${MOVE_MODE:-force_logical}" \
              -Dtacit.bench.isolate-first="${ISOLATE_FIRST:-false}"; node c2 stop ;;
      *) sed -n '2,11p' "$0"; exit 2 ;;
    esac
  done
done
