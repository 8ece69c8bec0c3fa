#!/usr/bin/env bash
# Loads records.json into a running ledger-service: what only people know (projects, procurement contracts,
# performance self-evaluation, vehicle and other counts), through the same endpoints a clerk would use.
# Every request carries its own Idempotency-Key, so running this again posts nothing new.
# Usage: datasets/wuchang/load-records.sh [ledger-url]   (default http://127.0.0.1:8081)
# Signs in as LEDGER_USER / LEDGER_PASSWORD (default the development user admin: contracts are a clerk's,
# projects, performance and counts a budget officer's).
set -euo pipefail
ledger=${1:-http://127.0.0.1:8081}
user=${LEDGER_USER:-admin}:${LEDGER_PASSWORD:-admin-dev}
here=$(cd "$(dirname "$0")" && pwd)
answer=$(mktemp)
trap 'rm -f "$answer"' EXIT

# records.json keeps one request per line, {"key":…,"path":…,"body":{…}}, so that bash and curl suffice here.
pattern='^\{"key":"([^"]+)","path":"([^"]+)","body":(\{.*\})\},?$'
count=0
while IFS= read -r line; do
  case $line in '[' | ']') continue ;; esac
  if ! [[ $line =~ $pattern ]]; then
    echo "records.json: not one request per line: ${line:0:80}" >&2
    exit 1
  fi
  key=${BASH_REMATCH[1]} path=${BASH_REMATCH[2]} body=${BASH_REMATCH[3]}
  status=$(curl -sS -o "$answer" -w '%{http_code}' -u "$user" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: $key" --data-binary "$body" "$ledger$path")
  if [ "$status" != 201 ]; then
    echo "$key: HTTP $status" >&2
    cat "$answer" >&2
    exit 1
  fi
  count=$((count + 1))
done <"$here/records.json"
echo "records: $count requests answered 201 (projects, contracts, performance, statistics)"
