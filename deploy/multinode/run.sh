#!/usr/bin/env bash
# The multi-node proof on one machine, loopback only (docs/scaling.md): a three-node Galera cluster
# (galera.sh), one migration run, two app nodes of target/motesplats-*.jar, nginx with
# deploy/nginx/motesplats.conf in front, an SMTP sink; then the driver (MultiNodeBenchmark) signs
# people up and checks them in through nginx while faults happen, and checks the database afterwards.
#
#   run.sh [OPTIONS]          everything: up, drive, down (logs and data stay in target/multinode)
#   run.sh up | down          only start or stop every part
#   run.sh drive [OPTIONS]    seed, load, faults, checks (as often as wanted; starts what is down first)
#     (no option)               built-in fault: kill -9 of app node 2, clean restart of database node 1
#     --external-faults         no fault of its own: load for --seconds (default 120) while you inject
#                               faults from another terminal with the commands below; then it waits
#                               until everything is up and synced again, and checks
#     --seconds N               length of the external-fault window
#     --restart-db N            the built-in fault restarts database node N instead of 1
#
# Faults and repairs, from another terminal at any time:
#   run.sh status             which parts are up; each database node's Galera state and cluster size
#   run.sh kill-app N         app node N (1, 2) killed with SIGKILL, as a crash would
#   run.sh stop-app N         app node N stopped cleanly (SIGTERM, graceful shutdown)
#   run.sh start-app N        app node N started; returns when it is ready
#   run.sh kill-db N          database node N (1-3): mariadbd killed with SIGKILL
#   run.sh stop-db N          database node N stopped cleanly (SIGTERM)
#   run.sh start-db N         database node N started; returns when it has rejoined and is Synced
#   run.sh restart-db N       database node N stopped cleanly and started again
#   run.sh bootstrap-db N     after two database nodes are lost (no quorum): node N made primary
#   run.sh kill-nginx         nginx's master and workers killed with SIGKILL
#   run.sh stop-nginx | start-nginx | restart-nginx
#   run.sh heal               start whatever is down (the driver does this before it starts)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${MULTINODE_WORK:-$ROOT/target/multinode}
export MULTINODE_WORK=$WORK
HERE=$ROOT/deploy/multinode
JAR=$(ls "$ROOT"/target/motesplats-*.jar 2>/dev/null | head -1)
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
HTTPS_PORT=8443
SMTP_PORT=2525
# Both nodes write through the first database node that answers, in this order (single primary, as
# on Kubernetes): Galera's optimistic locking never has to settle a conflict between two writers.
DB_URL="jdbc:mariadb:sequential://127.0.0.1:3311,127.0.0.1:3312,127.0.0.1:3313/motesplats"

app_env() {
    [ -f "$WORK/keys.env" ] || {
        echo "MOTESPLATS_PRIVACY_CONTACT_KEY=$(openssl rand -base64 32)"
        echo "MOTESPLATS_PRIVACY_LOOKUP_KEY=$(openssl rand -base64 32)"
        echo "MOTESPLATS_ATTENDANCE_TOKEN_KEY=$(openssl rand -base64 32)"
    } > "$WORK/keys.env"
    set -a; . "$WORK/keys.env"; set +a
    export SPRING_DATASOURCE_URL=$DB_URL SPRING_DATASOURCE_USERNAME=motesplats SPRING_DATASOURCE_PASSWORD=proof
    export SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT=$SMTP_PORT MOTESPLATS_MAIL_FROM="Mötesplats <no-reply@motesplats.test>"
    export MOTESPLATS_PUBLIC_URL=https://127.0.0.1:$HTTPS_PORT
}

migrate() {
    # The same arguments as deploy/systemd/motesplats-migrate.service: Flyway once, then exit.
    SPRING_FLYWAY_ENABLED=true "$JAVA" -Xmx512m -jar "$JAR" --spring.main.web-application-type=none \
        --spring.main.lazy-initialization=true \
        --spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,com.vaadin.flow.spring.SpringSecurityAutoConfiguration,com.vaadin.flow.spring.VaadinApplicationConfiguration,com.vaadin.flow.spring.VaadinScopesConfig,com.vaadin.flow.spring.VaadinServletConfiguration \
        > "$WORK/migrate.log" 2>&1
}

start_app() {
    local n=$1
    # Reminders every 10 s instead of 5 min, so that the ShedLock-guarded job runs many times on
    # both nodes during the run; everything else as in production.
    SPRING_FLYWAY_ENABLED=false PORT=$((8090 + n)) MANAGEMENT_PORT=$((8190 + n)) \
        setsid "$JAVA" -Xms256m -Xmx512m -XX:+ExitOnOutOfMemoryError -jar "$JAR" \
        --motesplats.reminders.check-every=PT10S > "$WORK/app$n.log" 2>&1 &
    echo $! > "$WORK/app$n.pid"
    disown  # a killed node is a planned fault, not news for this shell
}

wait_ready() {
    for _ in $(seq 1 300); do
        curl -fsS "http://127.0.0.1:$((8190 + $1))/actuator/health/readiness" > /dev/null 2>&1 && return 0
        sleep 1
    done
    echo "app node $1 not ready; see $WORK/app$1.log" >&2; return 1
}

stop_pidfile() {
    [ -f "$1" ] || return 0
    local pid; pid=$(cat "$1")
    kill "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do sleep 0.5; done
    rm -f "$1"
}

app_running() { [ -f "$WORK/app$1.pid" ] && kill -0 "$(cat "$WORK/app$1.pid")" 2>/dev/null; }

nginx_running() { [ -f "$WORK/nginx/nginx.pid" ] && kill -0 "$(cat "$WORK/nginx/nginx.pid")" 2>/dev/null; }

stop_nginx() {
    nginx_running || return 0
    local pid; pid=$(cat "$WORK/nginx/nginx.pid")
    nginx -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" -s stop
    while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
}

kill_nginx() {
    nginx_running || { echo "nginx is not running" >&2; return 0; }
    # the master and its workers, as a crash of the machine's nginx would
    local master; master=$(cat "$WORK/nginx/nginx.pid")
    kill -KILL "$master" $(pgrep -P "$master") 2>/dev/null || true
    rm -f "$WORK/nginx/nginx.pid"
}

start_nginx() {
    if nginx_running; then echo "nginx is already running"; return 0; fi
    mkdir -p "$WORK/nginx/temp"
    [ -f "$WORK/nginx/tls.crt" ] || openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 \
        -keyout "$WORK/nginx/tls.key" -out "$WORK/nginx/tls.crt" > /dev/null 2>&1
    # deploy/'s file as it is, with this machine's addresses, ports and certificate
    sed -e "s|server 10.0.0.11:8080|server 127.0.0.1:8091|; s|server 10.0.0.12:8080|server 127.0.0.1:8092|" \
        -e "s|listen 80;|listen 127.0.0.1:8480;|; s|listen 443 ssl http2;|listen 127.0.0.1:$HTTPS_PORT ssl http2;|" \
        -e "/listen \[::\]/d" -e "s|/etc/nginx/tls/motesplats.example.se/fullchain.pem|$WORK/nginx/tls.crt|" \
        -e "s|/etc/nginx/tls/motesplats.example.se/privkey.pem|$WORK/nginx/tls.key|" \
        -e 's|^\( *\)add_header Set-Cookie \$motesplats_route_cookie always;|&\n\1# proof only: which node answered, for the driver\n\1add_header X-Motesplats-Node $upstream_addr always;|' \
        "$ROOT/deploy/nginx/motesplats.conf" > "$WORK/nginx/motesplats.conf"
    cat > "$WORK/nginx/nginx.conf" <<CONF
# Generated by deploy/multinode/run.sh: a private nginx master for the loopback proof, not the system service.
user root;
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    access_log $WORK/nginx/access.log;
    client_body_temp_path $WORK/nginx/temp/body;
    proxy_temp_path $WORK/nginx/temp/proxy;
    fastcgi_temp_path $WORK/nginx/temp/fastcgi;
    uwsgi_temp_path $WORK/nginx/temp/uwsgi;
    scgi_temp_path $WORK/nginx/temp/scgi;
    include $WORK/nginx/motesplats.conf;
}
CONF
    nginx -t -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" 2> "$WORK/nginx/test.log"
    nginx -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx"
}

up() {
    [ -n "$JAR" ] || { echo "no target/motesplats-*.jar: run ./mvnw package first" >&2; exit 1; }
    mkdir -p "$WORK"
    "$HERE/galera.sh" start
    # An SMTP server that prints every message, so that e-mails sent by jobs can be counted.
    setsid python3 -W ignore -m smtpd -n -c DebuggingServer 127.0.0.1:$SMTP_PORT > "$WORK/smtp.log" 2>&1 &
    echo $! > "$WORK/smtp.pid"
    app_env
    migrate
    start_app 1; start_app 2
    wait_ready 1; wait_ready 2
    start_nginx
    echo "up: https://127.0.0.1:$HTTPS_PORT (nodes :8091 :8092, databases :3311-3313)"
}

down() {
    stop_nginx
    stop_pidfile "$WORK/app1.pid"; stop_pidfile "$WORK/app2.pid"; stop_pidfile "$WORK/smtp.pid"
    "$HERE/galera.sh" stop
}

kill_app() {
    app_running "$1" || { echo "app node $1 is not running" >&2; return 0; }
    kill -KILL "$(cat "$WORK/app$1.pid")"; rm -f "$WORK/app$1.pid"
}

ensure_app() {
    app_running "$1" && { echo "app node $1 is already running"; return 0; }
    app_env; start_app "$1"; wait_ready "$1"; echo "app node $1 ready"
}

status() {
    local n
    for n in 1 2; do
        if ! app_running "$n"; then echo "app node $n (:$((8090 + n))): down"
        elif curl -fsS "http://127.0.0.1:$((8190 + n))/actuator/health/readiness" > /dev/null 2>&1; then
            echo "app node $n (:$((8090 + n))): up, ready"
        else echo "app node $n (:$((8090 + n))): up, not ready"; fi
    done
    nginx_running && echo "nginx (https :$HTTPS_PORT): up" || echo "nginx (https :$HTTPS_PORT): down"
    "$HERE/galera.sh" status
}

heal() {
    local n
    for n in 1 2 3; do
        [ -f "$WORK/db$n/mariadb.pid" ] && kill -0 "$(cat "$WORK/db$n/mariadb.pid")" 2>/dev/null || "$HERE/galera.sh" start-node "$n"
    done
    for n in 1 2; do ensure_app "$n"; done
    start_nginx
}

drive() {
    local props=()
    while [ $# -gt 0 ]; do
        case $1 in
            --external-faults) props+=(-Dmultinode.faults=external) ;;
            --seconds) props+=(-Dmultinode.seconds="$2"); shift ;;
            --restart-db) props+=(-Dmultinode.restartDb="$2"); shift ;;
            *) echo "unknown option $1 (see run.sh --help)" >&2; exit 2 ;;
        esac
        shift
    done
    # a previous run or a person may have left parts down: every run starts with everything up
    heal
    (cd "$ROOT" && ./mvnw -B -o -q -Pbenchmark test -Dvaadin.skip -Dtest=MultiNodeBenchmark \
        -Dsurefire.failIfNoSpecifiedTests=false -Dmultinode.work="$WORK" -Dmultinode.script="$0" \
        -Dmultinode.url=https://127.0.0.1:$HTTPS_PORT -Dmultinode.db="$DB_URL" "${props[@]}")
}

node() { [[ ${1:-} =~ ^[1-$2]$ ]] || { echo "which node? 1 to $2 (see run.sh --help)" >&2; exit 2; }; }

command=${1:-all}
case $command in --external-faults | --seconds | --restart-db) command=all ;; *) shift || true ;; esac
case $command in
    all) up; trap down EXIT; drive "$@" ;;
    up) up ;;
    down) down ;;
    drive) drive "$@" ;;
    status) status ;;
    heal) heal ;;
    kill-app) node "${1:-}" 2; kill_app "$1" ;;
    stop-app) node "${1:-}" 2; stop_pidfile "$WORK/app$1.pid" ;;
    start-app) node "${1:-}" 2; ensure_app "$1" ;;
    kill-db) node "${1:-}" 3; "$HERE/galera.sh" kill-node "$1" ;;
    stop-db) node "${1:-}" 3; "$HERE/galera.sh" stop-node "$1" ;;
    start-db) node "${1:-}" 3; "$HERE/galera.sh" start-node "$1" ;;
    restart-db) node "${1:-}" 3; "$HERE/galera.sh" restart "$1" ;;
    bootstrap-db) node "${1:-}" 3; "$HERE/galera.sh" bootstrap "$1" ;;
    kill-nginx) kill_nginx ;;
    stop-nginx) stop_nginx ;;
    start-nginx | nginx) start_nginx ;;
    restart-nginx) stop_nginx; start_nginx ;;
    -h | --help | help) sed -n '2,/^set -euo/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//' ;;
    *) echo "unknown command $command (see run.sh --help)" >&2; exit 2 ;;
esac
