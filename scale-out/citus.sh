#!/usr/bin/env bash
# A Citus cluster on loopback for the scale-out profile: one coordinator and N workers (PostgreSQL 15 + Citus), each
# with its own port and data folder.
#
#   scale-out/citus.sh ensure              find Citus in PostgreSQL 15, or build it from CITUS_SOURCE (a source
#                                          archive; the build is cached under ~/.cache/tacit-citus)
#   scale-out/citus.sh start [workers]     initdb (first time) and start the coordinator and workers (default 2)
#   scale-out/citus.sh stop                stop every node
#   scale-out/citus.sh status              the nodes the coordinator knows
#   scale-out/citus.sh reset               stop every node and delete the data folders
#   scale-out/citus.sh fanouts             the statements the coordinator sent to more than one shard (its log;
#                                          not those of clients named tacit-tests)
#   scale-out/citus.sh fresh [workers]     ensure, reset and start a new throwaway cluster (no fsync): the
#                                          scale-out test profile
#   scale-out/citus.sh finish FILE         write the fan-outs to FILE, stop, and fail if one is not explained in
#                                          scale-out/fanouts-allowed.txt
#   scale-out/citus.sh plain               start one PostgreSQL 15 without Citus, same settings otherwise (the
#                                          benchmark's baseline; give it a CITUS_DIR of its own)
#   scale-out/citus.sh isolate WORKSPACE   put a workspace on shards of its own (its shard group's writes held)
#   scale-out/citus.sh move WORKSPACE [MODE]
#                                          isolate it if it is not yet, and move its shards to the worker with the
#                                          fewest: online (MODE force_logical, the default) or with its writes held
#                                          (block_writes)
#
# Nodes trust connections from loopback (a test cluster). Tacit's roles and database are created on every node:
# DB_OWNER_USER / DB_OWNER_PASSWORD and DB_USER / DB_PASSWORD, as the server reads them (defaults of server.xml).
# Then run Tacit with DB_URL=jdbc:postgresql://127.0.0.1:15440/tacit.
#
# Settings: CITUS_DIR (data folders, default target/citus), CITUS_PORT (coordinator; workers take the next ports,
# default 15440), PG_BIN (PostgreSQL 15's bin folder), CITUS_SOURCE (default ../shared/vendor/citus/citus-13.2.2.tar.gz
# when it exists). Real deployments install Citus from its own packages; building from source is for machines that
# reach no package source shipping it.
set -euo pipefail

PG_MAJOR=15
PG_BIN=${PG_BIN:-/usr/lib/postgresql/$PG_MAJOR/bin}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CITUS_DIR=${CITUS_DIR:-$ROOT/target/citus}
CITUS_PORT=${CITUS_PORT:-15440}
VENDOR=$ROOT/../shared/vendor/citus
CITUS_SOURCE=${CITUS_SOURCE:-$(ls "$VENDOR"/citus-*.tar.gz 2>/dev/null | head -1 || true)}
CACHE=${XDG_CACHE_HOME:-$HOME/.cache}/tacit-citus
OWNER_ROLE=${DB_OWNER_USER:-tacit_owner}; OWNER_PASSWORD=${DB_OWNER_PASSWORD:-tacit-owner-local}
APP_ROLE=${DB_USER:-tacit_app}; APP_PASSWORD=${DB_PASSWORD:-tacit-app-local}
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"

log() { printf '[citus] %s\n' "$*" >&2; }

apt_install() {
  local need=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || need+=("$p"); done
  if [ ${#need[@]} -gt 0 ]; then
    log "installing ${need[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  fi
}

installed() {
  [ -x "$PG_BIN/pg_config" ] || [ -x /usr/bin/pg_config ] || return 1
  local lib; lib=$("$PG_BIN/pg_config" --pkglibdir 2>/dev/null || pg_config --pkglibdir)
  [ -f "$lib/citus.so" ]
}

ensure() {
  apt_install postgresql-$PG_MAJOR
  if installed; then log "Citus is installed in PostgreSQL $PG_MAJOR"; return; fi
  [ -n "$CITUS_SOURCE" ] && [ -f "$CITUS_SOURCE" ] || {
    log "Citus is not installed and CITUS_SOURCE names no source archive"; exit 1; }
  apt_install postgresql-server-dev-$PG_MAJOR libcurl4-openssl-dev liblz4-dev libzstd-dev libkrb5-dev libssl-dev \
    libselinux1-dev libxslt1-dev libpam0g-dev libreadline-dev zlib1g-dev make gcc patch
  local name; name=$(basename "$CITUS_SOURCE" .tar.gz)
  local build=$CACHE/$name-pg$PG_MAJOR
  if [ ! -f "$build/.built" ]; then
    log "building $name for PostgreSQL $PG_MAJOR in $build (a few minutes)"
    rm -rf "$build"; mkdir -p "$CACHE"
    tar -xzf "$CITUS_SOURCE" -C "$CACHE" && mv "$CACHE/$name" "$build"
    # Debian's PostgreSQL 15 headers declare have_createdb_privilege, which this Citus declares again
    for p in "$(dirname "$CITUS_SOURCE")"/*.patch; do [ -f "$p" ] && (cd "$build" && patch -p1 -s < "$p"); done
    (cd "$build" && PG_CONFIG="$PG_BIN/pg_config" ./configure --without-libcurl >/dev/null \
      && make -s -j"$(nproc)" >/dev/null)
    touch "$build/.built"
  fi
  (cd "$build" && $SUDO make -s install PG_CONFIG="$PG_BIN/pg_config" >/dev/null)
  log "Citus installed from $build"
}

node_dir() { echo "$CITUS_DIR/node$1"; }
node_port() { echo $((CITUS_PORT + $1)); }

start() {
  local workers=${1:-2} citus=1
  [ "${CITUS_PLAIN:-0}" = 1 ] && citus=0
  [ "$citus" = 0 ] || installed || { log "Citus is missing: run '$0 ensure' first"; exit 1; }
  mkdir -p "$CITUS_DIR"
  local runas=(); [ "$(id -u)" -eq 0 ] && runas=(runuser -u postgres --)
  [ "$(id -u)" -eq 0 ] && chown postgres "$CITUS_DIR"
  for n in $(seq 0 "$workers"); do
    local dir; dir=$(node_dir "$n"); local port; port=$(node_port "$n")
    if [ ! -f "$dir/PG_VERSION" ]; then
      "${runas[@]}" "$PG_BIN/initdb" -D "$dir" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
      [ "$citus" = 1 ] && echo "shared_preload_libraries = 'citus'" >> "$dir/postgresql.conf"
      cat >> "$dir/postgresql.conf" <<CONF
port = $port
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
max_connections = 300
max_prepared_transactions = 200
wal_level = logical
CONF
      [ "$citus" = 1 ] && cat >> "$dir/postgresql.conf" <<CONF
# Tacit sets its row-level-security tenant with SET LOCAL; the coordinator passes it on to the workers' connections.
citus.propagate_set_commands = 'local'
# Tacit's search, tally and access-revision triggers write only to co-located shards of the same workspace.
citus.enable_unsafe_triggers = on
# Every statement sent to more than one shard is logged with its text: the scale-out profile lists them.
citus.multi_task_query_log_level = 'log'
CONF
      cat >> "$dir/postgresql.conf" <<CONF
log_min_error_statement = 'log'
# the client's name on every line: the tests' own statements behind the walls (tacit-tests) are not the server's
log_line_prefix = '%m [%p] %a: '
CONF
      # (grep reads it all: grep -q would stop early, and pipefail would count the writer's broken pipe as a no)
      if [ "$citus" = 1 ] && "${runas[@]}" "$PG_BIN/postgres" --describe-config 2>/dev/null \
          | grep '^output_plugin_libraries' >/dev/null; then
        # Debian's PostgreSQL 15.20 names the libraries allowed as logical decoding plugins; Citus's shard moves and
        # splits decode with its own
        echo "output_plugin_libraries = 'pgoutput, test_decoding, citus'" >> "$dir/postgresql.conf"
      fi
      if [ "${CITUS_THROWAWAY:-0}" = 1 ]; then
        # a test cluster whose data is deleted afterwards: no waiting for the disk
        printf 'fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n' >> "$dir/postgresql.conf"
      fi
    fi
    "${runas[@]}" "$PG_BIN/pg_ctl" -D "$dir" -l "$dir/server.log" -w -o "-p $port" start >/dev/null
    local psql=("${runas[@]}" "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -qAt -v ON_ERROR_STOP=1)
    # Tacit's two roles on every node (the owner runs the migrations, the application role is held by row-level
    # security), then its database with Citus in it
    "${psql[@]}" -d postgres >/dev/null <<SQL
select 'create role $OWNER_ROLE login password ''$OWNER_PASSWORD'''
  where not exists (select 1 from pg_roles where rolname = '$OWNER_ROLE') \gexec
select 'create role $APP_ROLE login nobypassrls password ''$APP_PASSWORD'''
  where not exists (select 1 from pg_roles where rolname = '$APP_ROLE') \gexec
select 'create database tacit owner $OWNER_ROLE encoding ''UTF8'' template template0'
  where not exists (select 1 from pg_database where datname = 'tacit') \gexec
SQL
    [ "$citus" = 0 ] || "${psql[@]}" -d tacit -c "create extension if not exists citus" >/dev/null
  done
  if [ "$citus" = 0 ]; then log "PostgreSQL $PG_MAJOR without Citus on 127.0.0.1:$(node_port 0)"; return; fi
  local coordinator=(-h 127.0.0.1 -p "$(node_port 0)" -U postgres -d tacit -qAt)
  "${runas[@]}" "$PG_BIN/psql" "${coordinator[@]}" -c \
    "select citus_set_coordinator_host('127.0.0.1', $(node_port 0))" >/dev/null
  for n in $(seq 1 "$workers"); do
    "${runas[@]}" "$PG_BIN/psql" "${coordinator[@]}" -c \
      "select citus_add_node('127.0.0.1', $(node_port "$n"))" >/dev/null
  done
  log "coordinator 127.0.0.1:$(node_port 0) with $workers workers (data in $CITUS_DIR)"
}

stop() {
  local runas=(); [ "$(id -u)" -eq 0 ] && runas=(runuser -u postgres --)
  for dir in "$CITUS_DIR"/node*; do
    [ -f "$dir/postmaster.pid" ] && "${runas[@]}" "$PG_BIN/pg_ctl" -D "$dir" -m fast -w stop >/dev/null || true
  done
  log "stopped"
}

status() {
  local runas=(); [ "$(id -u)" -eq 0 ] && runas=(runuser -u postgres --)
  "${runas[@]}" "$PG_BIN/psql" -h 127.0.0.1 -p "$(node_port 0)" -U postgres -d tacit -c \
    "select nodename, nodeport, noderole, isactive, shouldhaveshards from pg_dist_node order by nodeport"
}

fanouts() {
  # the coordinator's log: each multi-shard statement is a LOG line, a HINT line and its STATEMENT line
  grep -h -A2 'multi-task query about to be executed' "$(node_dir 0)"/server.log* 2>/dev/null \
    | grep -v '\] tacit-tests: ' | sed -n 's/^.*STATEMENT:  //p'
}

finish() {
  local out=$1 allowed=$ROOT/scale-out/fanouts-allowed.txt
  fanouts | sort | uniq -c | sort -rn > "$out"
  stop
  local patterns; patterns=$(grep -v '^#' "$allowed" | grep -v '^[[:space:]]*$' || true)
  local unexplained; unexplained=$(sed 's/^ *[0-9]* //' "$out" | grep -v -E -f <(printf '%s\n' "$patterns") || true)
  log "$(wc -l < "$out") distinct statements fanned out to several shards (counts in $out)"
  if [ -n "$unexplained" ]; then
    log "statements sent to every shard that $allowed does not explain:"
    printf '%s\n' "$unexplained" >&2
    exit 1
  fi
}

# PostgreSQL 15 lets logical replication apply changes only where row-level security does not hold the applying role:
# Citus's role is a member of the tables' owner, and Tacit forces row-level security on its owner too. So an online
# move lifts the force for its duration (the application role, which owns nothing, stays held by the policies
# throughout) and puts it back whatever happens.
MOVE_SQL=(); MOVE_FORCED=()
force() {  # force (or with "no": lift) row-level security on MOVE_FORCED, one statement at a time, one session
  local began; began=$(date +%s%N)
  printf 'alter table %s '"$1"' force row level security;\n' "${MOVE_FORCED[@]}" | "${MOVE_SQL[@]}" >/dev/null
  log "row-level security ${1:+no longer }forced on ${#MOVE_FORCED[@]} tables (${1:-again}) in" \
    "$(( ($(date +%s%N) - began) / 1000000 )) ms"
}
reforce() {  # globals, not locals: an EXIT trap runs after the function has returned
  [ ${#MOVE_FORCED[@]} -eq 0 ] || force ""
  MOVE_FORCED=()
}

coordinator_sql() {  # psql on the coordinator as the superuser, into MOVE_SQL
  local runas=(); [ "$(id -u)" -eq 0 ] && runas=(runuser -u postgres --)
  MOVE_SQL=("${runas[@]}" "$PG_BIN/psql" -h 127.0.0.1 -p "$(node_port 0)" -U postgres -d tacit -qAt -v ON_ERROR_STOP=1)
}

# Prints the shard of the workspace's customers after isolating it on shards of its own (none if it already is).
# The split always holds writes: Citus's online split can wait for ever on concurrent updates (citus#6790, seen here
# with the API usage counters), while its online move catches up.
isolate() {
  local workspace=${1:?isolate needs a workspace id}
  coordinator_sql
  local shard; shard=$("${MOVE_SQL[@]}" -c "select shardid from pg_dist_shard
    where shardid = get_shard_id_for_distribution_column('account', '$workspace') and shardminvalue = shardmaxvalue")
  if [ -n "$shard" ]; then log "already isolated: shard $shard"; echo "$shard"; return; fi
  local t0; t0=$(date +%s%N)
  shard=$("${MOVE_SQL[@]}" -c "select isolate_tenant_to_new_shard('account', '$workspace', 'CASCADE',
    shard_transfer_mode => 'block_writes')")
  log "isolate_tenant_to_new_shard (block_writes): shard $shard in $(( ($(date +%s%N) - t0) / 1000000 )) ms"
  echo "$shard"
}

move() {
  local workspace=${1:?move needs a workspace id} mode=${2:-force_logical}
  local shard; shard=$(isolate "$workspace")
  coordinator_sql
  local sql=("${MOVE_SQL[@]}") t0
  local source target
  source=$("${sql[@]}" -c "select nodename || ' ' || nodeport from citus_shards where shardid = $shard")
  target=$("${sql[@]}" -c "select n.nodename || ' ' || n.nodeport from pg_dist_node n
    where n.groupid <> 0 and n.isactive and n.noderole = 'primary' and n.shouldhaveshards
      and n.nodename || ' ' || n.nodeport <> '$source'
    order by (select count(*) from citus_shards s where s.nodename = n.nodename and s.nodeport = n.nodeport) limit 1")
  [ -n "$target" ] || { log "no other worker to move to"; exit 1; }
  if [ "$mode" != block_writes ]; then
    trap reforce EXIT
    mapfile -t MOVE_FORCED < <("${sql[@]}" -c "select p.logicalrelid::regclass from pg_dist_partition p
      join pg_class c on c.oid = p.logicalrelid where c.relforcerowsecurity order by 1")
    force no
  fi
  t0=$(date +%s%N)
  "${sql[@]}" -c "select citus_move_shard_placement($shard, '${source% *}', ${source#* }, '${target% *}',
    ${target#* }, '$mode')" >/dev/null
  log "citus_move_shard_placement ($mode): from $source to $target in $(( ($(date +%s%N) - t0) / 1000000 )) ms"
  reforce
}

case "${1:-}" in
  ensure) ensure ;;
  start) shift; start "$@" ;;
  stop) stop ;;
  status) status ;;
  reset) stop; rm -rf "$CITUS_DIR"; log "deleted $CITUS_DIR" ;;
  fanouts) fanouts ;;
  fresh) shift; ensure; stop; rm -rf "$CITUS_DIR"; CITUS_THROWAWAY=1 start "$@" ;;
  finish) shift; finish "$@" ;;
  plain) apt_install postgresql-$PG_MAJOR; CITUS_PLAIN=1 start 0 ;;
  isolate) shift; isolate "$@" >/dev/null ;;
  move) shift; move "$@" ;;
  *) sed -n '2,24p' "$0"; exit 2 ;;
esac
