#!/usr/bin/env bash
# Runs the benchmark harness against services that are ALREADY running on this machine: it builds and
# starts nothing, so that what is measured is exactly what you started. Before it:
#   mvn -B -ntp -pl benchmark -am package -DskipTests      (and the service jars: -pl ledger-service,query-service)
#   createdb -h 127.0.0.1 -U postgres bench
#   SPRING_DATASOURCE_URL='jdbc:postgresql://127.0.0.1:5432/bench?user=postgres' java -jar ledger-service/target/ledger-service.jar &
#   SPRING_DATASOURCE_URL='jdbc:postgresql://127.0.0.1:5432/bench?user=postgres' java -jar query-service/target/query-service.jar &
#
#   ./bench.sh                                   the default suite (about 10 minutes at most on 2 cores)
#   ./bench.sh --ledger http://127.0.0.1:18081   the default suite with options added to every step
#   ./bench.sh --jdbc 'jdbc:postgresql://127.0.0.1:5432/bench?user=postgres'
#                                                also runs the plain-PostgreSQL anchor (single-row commits, COPY)
#                                                on the services' database and prints each figure's ratio to it
#   ./bench.sh post --entries 20000 --clients 16 one subcommand: setup, post, import, tables, execution, lag, rebuild, scale
#   ./bench.sh post --clients 2 --batch 1000     postings 1,000 a request through /api/v1/entries/batch
#   ./bench.sh tables --ingest 30000             tables while 30,000 expenditures go in (batches of 100, 2 clients)
#   ./bench.sh scale --postings 10000000 --departments 500 --jdbc URL --timeout 7200
#                                                not in the suite: registers departments scale-0001… with their units,
#                                                posts each one import file (its budget rows first, then income and
#                                                expenditures; --clients 2 files at a time), waits for the projection
#                                                (GET /api/v1/status), then reports load and catch-up rates, database
#                                                size before/after and its biggest tables, and tables latency over random
#                                                departments (--samples 500); --load-seconds S starts no file after S
#                                                seconds and says how far it got. Try it small first: --postings 20000
#                                                --departments 10. Uses its own departments, so it can follow the suite.
#
# The harness signs in as the development user admin (every role); --user NAME:PASSWORD to change.
# Every run appends a section to benchmark/results.md (--results FILE to change). Each suite step has a
# --timeout so that a slow build cannot stretch the suite; a step cut short says so in its section.
set -uo pipefail
cd "$(dirname "$0")"
jar=benchmark/target/benchmark.jar
if [ ! -f "$jar" ]; then
  echo "bench.sh: $jar is missing; build it with: mvn -B -ntp -pl benchmark -am package -DskipTests" >&2
  exit 2
fi
if [ $# -gt 0 ] && [[ "$1" != --* ]]; then
  exec java -jar "$jar" "$@"
fi

failed=()
step() {
  echo "== bench.sh: $*"
  java -jar "$jar" "$@" "${extra[@]}" || failed+=("$*")
}
extra=("$@")
step setup
step post --entries 20000 --clients 16 --timeout 120
step post --entries 2000 --clients 1 --timeout 60
step post --entries 5000 --clients 16 --hot --timeout 60
step import --rows 100000 --repeat --timeout 90
step tables --samples 500 --timeout 60
step tables --samples 500 --ingest 30000 --timeout 90
step execution --samples 500 --timeout 60
step lag --entries 5000 --clients 16 --timeout 60
step rebuild --timeout 300
if [ ${#failed[@]} -gt 0 ]; then
  printf 'bench.sh: failed: %s\n' "${failed[@]}" >&2
  exit 1
fi
