#!/usr/bin/env bash
# Runs the whole test suite. PostgreSQL tests run when a server is reachable: SIPDUMAS_TEST_PG_URL,
# or a local cluster this script can start (as root) with a `sipdumas` role and test database.
# Without one they skip with the reason; with SIPDUMAS_REQUIRE_PG=1 (CI) they fail instead.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

if [ -z "${SIPDUMAS_TEST_PG_URL:-}" ] && [ "$(id -u)" = 0 ] && command -v pg_lsclusters >/dev/null 2>&1; then
  read -r ver name _ < <(pg_lsclusters -h | head -n 1) || true
  if [ -n "${ver:-}" ]; then
    pg_ctlcluster "$ver" "$name" start 2>/dev/null || true
    for _ in $(seq 1 30); do
      su postgres -c "pg_isready -q" && break
      sleep 1
    done
    su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='sipdumas'\"" | grep -q 1 \
      || su postgres -c "psql -qc \"CREATE ROLE sipdumas LOGIN PASSWORD 'sipdumas' CREATEDB\""
    su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname='sipdumas_test'\"" | grep -q 1 \
      || su postgres -c "createdb -O sipdumas sipdumas_test"
    export SIPDUMAS_TEST_PG_URL=postgresql+psycopg://sipdumas:sipdumas@127.0.0.1/sipdumas_test
  fi
fi

export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
# the 25 slowest tests are listed at the end, so a run shows where the suite's time goes
exec .venv/bin/python -m pytest -q --durations=25 "$@"
