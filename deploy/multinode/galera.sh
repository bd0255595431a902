#!/usr/bin/env bash
# A three-node Galera cluster (Debian's mariadb-server 10.11 + galera-4) on loopback ports, each node
# its own mariadbd with its own data directory, for the multi-node proof (docs/scaling.md). Never
# touches the system's MariaDB service.
#   galera.sh start            create (first time) and start nodes 1..3; the node stopped last bootstraps
#   galera.sh restart N        stop node N and start it again; it rejoins the running cluster (IST)
#   galera.sh stop-node N      stop node N cleanly (SIGTERM)
#   galera.sh kill-node N      kill node N's mariadbd with SIGKILL, as a crash or power loss would
#   galera.sh start-node N     start node N; it rejoins the running cluster (IST, or rsync SST)
#   galera.sh bootstrap N      make node N a new primary component: after the cluster lost its quorum
#   galera.sh status           per node: running, state, cluster size, app connections
#   galera.sh stop             stop all three nodes
#   galera.sh sql N 'SQL'      run SQL on node N as root
set -euo pipefail
WORK=${MULTINODE_WORK:-$(cd "$(dirname "$0")/../.." && pwd)/target/multinode}
PROVIDER=/usr/lib/galera/libgalera_smm.so
port() { echo $((3310 + $1)); }

conf() {
    local n=$1 dir=$WORK/db$1
    cat > "$dir.cnf" <<CNF
[mariadbd]
user=mysql
datadir=$dir/data
socket=$dir/mariadb.sock
pid-file=$dir/mariadb.pid
log-error=$dir/error.log
port=$(port "$n")
bind-address=127.0.0.1
skip-name-resolve
innodb_buffer_pool_size=96M
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
# V25 creates triggers; with wsrep on, MariaDB would otherwise ask for SUPER (deploy/README.md)
log_bin_trust_function_creators=1
wsrep_on=ON
wsrep_provider=$PROVIDER
wsrep_cluster_name=motesplats-proof
wsrep_cluster_address=gcomm://127.0.0.1:4571,127.0.0.1:4572,127.0.0.1:4573
wsrep_node_name=node$n
wsrep_node_address=127.0.0.1
wsrep_provider_options=gmcast.listen_addr=tcp://127.0.0.1:$((4570 + n));ist.recv_addr=127.0.0.1:$((4580 + n));gcache.size=256M
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:$((4590 + n))
CNF
}

start_node() {
    local n=$1 extra=${2:-} dir=$WORK/db$1
    mkdir -p "$dir/data"
    # as Debian runs it, as mysql: run as root, the rsync daemon of a state transfer writes as
    # "nobody" and cannot write a root-owned data directory
    chown -R mysql:mysql "$dir"
    conf "$n"
    if [ ! -d "$dir/data/mysql" ] && [ "$n" = 1 ]; then
        mariadb-install-db --defaults-file="$dir.cnf" --user=mysql --auth-root-authentication-method=normal \
            --skip-test-db > "$dir/install.log" 2>&1
    fi
    if [ -z "$extra" ] && grep -q '^seqno: *-1' "$dir/data/grastate.dat" 2>/dev/null; then
        # Killed, not stopped: the last committed position is only in InnoDB. Recover it, as Debian's
        # mariadb.service does with galera_recovery, so that the node can rejoin by IST.
        /usr/sbin/mariadbd --defaults-file="$dir.cnf" --wsrep-recover --log-error="$dir/recover.log" > /dev/null 2>&1 || true
        local position
        position=$(sed -n 's/.*WSREP: Recovered position: *\([^ ]*\).*/\1/p' "$dir/recover.log" | tail -1)
        [ -n "$position" ] && extra="--wsrep_start_position=$position"
    fi
    /usr/sbin/mariadbd --defaults-file="$dir.cnf" $extra > /dev/null 2>&1 &
    local pid=$!
    for _ in $(seq 1 300); do
        kill -0 "$pid" 2>/dev/null || { echo "node $n stopped while starting; see $dir/error.log" >&2; return 1; }
        if [ "$(sql "$n" "show status like 'wsrep_local_state_comment'" 2>/dev/null | cut -f2)" = Synced ]; then
            return 0
        fi
        sleep 1
    done
    echo "node $n did not reach Synced; see $dir/error.log" >&2
    return 1
}

stop_node() {
    local pidfile=$WORK/db$1/mariadb.pid
    [ -f "$pidfile" ] || return 0
    local pid; pid=$(cat "$pidfile")
    kill "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do sleep 0.5; done
}

running() { [ -f "$WORK/db$1/mariadb.pid" ] && kill -0 "$(cat "$WORK/db$1/mariadb.pid")" 2>/dev/null; }

kill_node() {
    running "$1" || { echo "database node $1 is not running" >&2; return 0; }
    kill -KILL "$(cat "$WORK/db$1/mariadb.pid")"
    rm -f "$WORK/db$1/mariadb.pid"
}

bootstrap() {
    if running "$1"; then
        # a survivor that lost its quorum (wsrep_cluster_status non-Primary) becomes primary again
        sql "$1" "set global wsrep_provider_options='pc.bootstrap=YES'"
    else
        # the whole cluster is down: this node (choose the one with the highest seqno in
        # db*/data/grastate.dat) starts a new cluster
        sed -i 's/^safe_to_bootstrap: *0/safe_to_bootstrap: 1/' "$WORK/db$1/data/grastate.dat"
        start_node "$1" --wsrep-new-cluster
    fi
}

status() {
    local n
    for n in 1 2 3; do
        if running "$n"; then
            printf 'database node %s (:%s): up, %s, %s, cluster size %s, app connections %s\n' "$n" "$(port "$n")" \
                "$(sql "$n" "show status like 'wsrep_local_state_comment'" 2>/dev/null | cut -f2)" \
                "$(sql "$n" "show status like 'wsrep_cluster_status'" 2>/dev/null | cut -f2)" \
                "$(sql "$n" "show status like 'wsrep_cluster_size'" 2>/dev/null | cut -f2)" \
                "$(sql "$n" "select count(*) from information_schema.processlist where user = 'motesplats'" 2>/dev/null)"
        else
            echo "database node $n (:$(port "$n")): down"
        fi
    done
}

sql() { mariadb --protocol=tcp -h127.0.0.1 -P"$(port "$1")" -uroot -N -B -e "$2" ${3:-}; }

case ${1:-} in
    start)
        mkdir -p "$WORK"
        if ! running 1 && ! running 2 && ! running 3; then
            # the node that stopped last bootstraps (node 1 the first time)
            first=
            for n in 1 2 3; do
                grep -qs '^safe_to_bootstrap: *1' "$WORK/db$n/data/grastate.dat" && { first=$n; break; }
            done
            if [ -z "$first" ] && [ -f "$WORK/db1/data/grastate.dat" ]; then
                echo "no database node stopped cleanly last (all were killed or lost quorum): choose the one with the" \
                    "highest seqno in $WORK/db*/data/grastate.dat and run: run.sh bootstrap-db N" >&2
                exit 1
            fi
            start_node "${first:-1}" --wsrep-new-cluster
        fi
        for n in 1 2 3; do running "$n" || start_node "$n"; done
        for n in 1 2 3; do running "$n" && break; done
        sql "$n" "create database if not exists motesplats character set utf8mb4 collate utf8mb4_swedish_ci;
               create user if not exists 'motesplats'@'127.0.0.1' identified by 'proof';
               grant all privileges on motesplats.* to 'motesplats'@'127.0.0.1';"
        echo "cluster size: $(sql "$n" "show status like 'wsrep_cluster_size'" | cut -f2)" ;;
    restart) stop_node "$2"; start_node "$2" ;;
    stop-node) stop_node "$2" ;;
    kill-node) kill_node "$2" ;;
    start-node) running "$2" && echo "database node $2 is already running" || start_node "$2" ;;
    bootstrap) bootstrap "$2" ;;
    status) status ;;
    stop) for n in 3 2 1; do stop_node "$n"; done ;;
    sql) sql "$2" "$3" "${4:-}" ;;
    *) sed -n 2,14p "$0"; exit 2 ;;
esac
