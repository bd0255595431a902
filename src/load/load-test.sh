#!/usr/bin/env bash
# Load test of one node (docs/performance.md, "Load on one node"): starts the portal as the README's demo run does
# (production-mode frontend, demo data, development outbox) on a fresh embedded MariaDB, waits until it is ready,
# runs the Gatling simulation (profile "load") against it and stops it again. Figures per level of active users
# are printed at the end and kept in target/load-test.log; Gatling's report lands in target/gatling/.
#
#   src/load/load-test.sh                                   # 100 → 1,500 active users, 60 s a level
#   src/load/load-test.sh -Dload.users=100,500,1000 -Dload.level-seconds=30
# Other settings: -Dload.leaders=10 -Dload.sign-up-share=0.1 -Dload.ramp-seconds=15 (see the simulation's comment).
# LOAD_PORT (default 18480; the management port is the next one), APP_MAVEN_ARGS (e.g. "-Dvaadin.skip" once
# target/classes holds the production bundle), APP_JVM_ARGS (e.g. "-Xmx2g") change how the app is started.
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

port="${LOAD_PORT:-18480}"
management=$((port + 1))
data="target/load-db-$(date +%s)"
mkdir -p target

# optimizedLaunch=false: spring-boot:run otherwise starts the JVM with C1 only (-XX:TieredStopAtLevel=1), a
# development shortcut that would measure a slower app than production runs.
# Its own process group, so that stopping it stops Maven and the app's JVM together, and nothing else
# MOTESPLATS_DEMO_MEETING_NOW: the demo gets a meeting of the leader's happening now, so that leaders' marks are stored
PORT="$port" MANAGEMENT_PORT="$management" MOTESPLATS_DEMO_DATA="$data" MOTESPLATS_DEMO_MEETING_NOW=true \
  setsid ./mvnw -B -q spring-boot:run -Dspring-boot.run.optimizedLaunch=false ${APP_MAVEN_ARGS:-} ${APP_JVM_ARGS:+"-Dspring-boot.run.jvmArguments=$APP_JVM_ARGS"} \
  > target/load-app.log 2>&1 &
app=$!
trap 'kill -- -"$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; rm -rf "$data"' EXIT

echo "Starting the portal on port $port (log: target/load-app.log) ..."
for _ in $(seq 1 600); do
  if curl -fs "http://127.0.0.1:$management/actuator/health/readiness" > /dev/null; then break; fi
  if ! kill -0 "$app" 2>/dev/null; then echo "The portal did not start:"; tail -30 target/load-app.log; exit 1; fi
  sleep 1
done
curl -fs "http://127.0.0.1:$management/actuator/health/readiness" > /dev/null || { echo "The portal is not ready after 10 minutes"; exit 1; }

echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
./mvnw -B -q -Pload test-compile gatling:test -Dvaadin.skip -Dload.url="http://localhost:$port" "$@" 2>&1 \
  | grep -v -e '^[0-9:,]* |-' | tee target/load-test.log | grep -E '^(\||At |Leaders|Knee|> (request count|.*percentile|mean throughput|KO))' || true
echo "Load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
