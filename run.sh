#!/usr/bin/env bash
# The main job: starts ledger-service (8081) and query-service (8082) and loads the seed year once.
# With no SPRING_DATASOURCE_URL the ledger starts an embedded PostgreSQL (data under .data/, kept across
# restarts) and the query service connects to it; with SPRING_DATASOURCE_URL both use that server.
# On the embedded database Flyway migrates as the owner (postgres) while the services connect as the
# restricted logins ledger_app and query_app, which the migrations' callbacks create (README, least privilege).
# Ctrl-C stops both services.
set -euo pipefail
cd "$(dirname "$0")"
ledger_port=${LEDGER_PORT:-8081}
query_port=${QUERY_PORT:-8082}
mkdir -p .data/logs
for jar in ledger-service/target/ledger-service.jar query-service/target/query-service.jar; do
  [ -f "$jar" ] || { echo "missing $jar: run 'mvn -B -ntp -DskipTests install' first" >&2; exit 1; }
done
if [ -n "${SPRING_DATASOURCE_URL:-}" ]; then
  query_db=$SPRING_DATASOURCE_URL
  ledger_login=()
  query_login=()
else
  query_db="jdbc:postgresql://127.0.0.1:${LEDGER_EMBEDDED_DB_PORT:-54329}/postgres"
  ledger_login=(SPRING_FLYWAY_USER=postgres SPRING_DATASOURCE_USERNAME=ledger_app SPRING_DATASOURCE_PASSWORD=ledger-app-dev)
  query_login=(SPRING_FLYWAY_USER=postgres SPRING_DATASOURCE_USERNAME=query_app SPRING_DATASOURCE_PASSWORD=query-app-dev)
fi

pids=()
# Stops the services newest first, each before the next: the query service reads the ledger's embedded
# database, which goes down with the ledger, so it must be gone before the ledger is told to stop.
stop() {
  trap - EXIT INT TERM
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
    kill -TERM "${pids[i]}" 2>/dev/null || true
    wait "${pids[i]}" 2>/dev/null || true
  done
  exit 0
}
trap stop EXIT INT TERM
wait_up() {
  for _ in $(seq 1 180); do
    curl -fsS "http://127.0.0.1:$1/actuator/health" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "$2 did not come up; see .data/logs/$2.log" >&2
  exit 1
}

env "${ledger_login[@]}" SERVER_PORT=$ledger_port java -jar ledger-service/target/ledger-service.jar >.data/logs/ledger-service.log 2>&1 &
pids+=($!)
wait_up "$ledger_port" ledger-service
env "${query_login[@]}" SERVER_PORT=$query_port SPRING_DATASOURCE_URL=$query_db \
  java -jar query-service/target/query-service.jar >.data/logs/query-service.log 2>&1 &
pids+=($!)
wait_up "$query_port" query-service

datasets/wuchang/load.sh "http://127.0.0.1:$ledger_port"
datasets/wuchang/load-annotations.sh "http://127.0.0.1:$query_port"
echo "ledger-service  http://127.0.0.1:$ledger_port  (logs .data/logs/ledger-service.log)"
echo "query-service   http://127.0.0.1:$query_port  (logs .data/logs/query-service.log)"
echo "try: curl -u clerk:clerk-dev 'http://127.0.0.1:$query_port/api/v1/departments/wcjgsw/years/2024/tables/01'"
wait
