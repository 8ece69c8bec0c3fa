#!/usr/bin/env bash
# Loads the seed year (武昌区机关事务服务中心, 2023 and 2024) into a running ledger-service, once:
# registers the department and its unit, imports entries.csv, closes 2023 (nothing carries over);
# then the records only people know (records.json, see load-records.sh), which are idempotent per request
# and so are loaded also into a ledger that holds the seed year from before they existed.
# Usage: datasets/wuchang/load.sh [ledger-url]   (default http://127.0.0.1:8081)
# Signs in as LEDGER_USER / LEDGER_PASSWORD (default the development user admin, who has every role the seed
# needs: registration, budgets, postings and the records).
set -euo pipefail
ledger=${1:-http://127.0.0.1:8081}
here=$(cd "$(dirname "$0")" && pwd)
export LEDGER_USER=${LEDGER_USER:-admin} LEDGER_PASSWORD=${LEDGER_PASSWORD:-admin-dev}
auth=(-u "$LEDGER_USER:$LEDGER_PASSWORD")

if curl -fsS "${auth[@]}" "$ledger/api/v1/departments" | grep -q '"wcjgsw"'; then
  echo "seed year already loaded"
  "$here/load-records.sh" "$ledger"
  exit 0
fi
post() { curl -sS -w ' (HTTP %{http_code})\n' "${auth[@]}" -H 'Content-Type: application/json' \
  -H "Idempotency-Key: seed-$1" -d "$3" "$ledger$2"; }
post dept /api/v1/departments '{"code":"wcjgsw","name":"武昌区机关事务服务中心"}'
post unit /api/v1/departments/wcjgsw/units '{"code":"wcjgsw-bj","name":"武昌区机关事务服务中心(本级)","unitType":"PUBLIC_INSTITUTION"}'
curl -fsS "${auth[@]}" -H 'Content-Type: text/csv' -H 'Idempotency-Key: seed-import' \
  -w ' (HTTP %{http_code})\n' --data-binary "@$here/entries.csv" "$ledger/api/v1/imports"
post close2023 /api/v1/departments/wcjgsw/units/wcjgsw-bj/years/2023/close ''
"$here/load-records.sh" "$ledger"
