#!/usr/bin/env bash
# Loads annotations.json into a running query-service: the explanations the seed report gives in words
# (why a total changed, what a 类 was spent on, why a 项 ended over or under its initial budget), which
# only a person can write and which the report prints in place. Loaded once: a department-year that
# already has annotations is left alone, since a second load would supersede each with an equal copy.
# Signs in as LEDGER_USER / LEDGER_PASSWORD (default the development user admin; annotations are a budget
# officer's).
# Usage: datasets/wuchang/load-annotations.sh [query-url]   (default http://127.0.0.1:8082)
set -euo pipefail
query=${1:-http://127.0.0.1:8082}
here=$(cd "$(dirname "$0")" && pwd)
user=${LEDGER_USER:-admin}:${LEDGER_PASSWORD:-admin-dev}
answer=$(mktemp)
trap 'rm -f "$answer"' EXIT

existing=$(curl -fsS -u "$user" "$query/api/v1/annotations?department=wcjgsw&year=2024")
if [[ $existing != *'"annotations":[]'* ]]; then
  echo "annotations already loaded"
  exit 0
fi
pattern='^\{"key":"([^"]+)","path":"([^"]+)","body":(\{.*\})\},?$'
count=0
while IFS= read -r line; do
  case $line in '[' | ']') continue ;; esac
  [[ $line =~ $pattern ]] || { echo "annotations.json: not one request per line: ${line:0:80}" >&2; exit 1; }
  key=${BASH_REMATCH[1]} path=${BASH_REMATCH[2]} body=${BASH_REMATCH[3]}
  # The query service learns of the department from the ledger's events: wait for it on the first request.
  for _ in $(seq 1 60); do
    status=$(curl -sS -o "$answer" -w '%{http_code}' -u "$user" -H 'Content-Type: application/json' \
      --data-binary "$body" "$query$path")
    [[ $status == 4?? ]] && grep -q 'unknown department' "$answer" || break
    sleep 1
  done
  if [ "$status" != 201 ]; then
    echo "$key: HTTP $status" >&2
    cat "$answer" >&2
    exit 1
  fi
  count=$((count + 1))
done <"$here/annotations.json"
echo "annotations: $count written"
