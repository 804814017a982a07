#!/usr/bin/env bash
# Installs (if missing) and starts a PostgreSQL server on 127.0.0.1:5432 with a test database and user,
# then prints the connection string for NETWORK_TEST_POSTGRES. Idempotent; needs root (as CI has).
set -euo pipefail
if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | grep -q "^$version main"; then
  pg_createcluster "$version" main >&2
fi
# Tests run silos in parallel, each with its own pool.
conf=/etc/postgresql/$version/main/postgresql.conf
if ! grep -q '^max_connections = 300' "$conf"; then
  sed -i 's/^#\?max_connections = .*/max_connections = 300/' "$conf"
  pg_ctlcluster "$version" main stop >&2 2>/dev/null || true
fi
if ! pg_lsclusters -h | grep "^$version main" | grep -q online; then
  pg_ctlcluster "$version" main start >&2
fi
for _ in $(seq 1 30); do
  su postgres -c "psql -qtAc 'select 1'" >/dev/null 2>&1 && break
  sleep 1
done
su postgres -c "psql -qtAc \"DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'network') THEN CREATE ROLE network LOGIN PASSWORD 'network'; END IF; END \\\$\\\$;\"" >&2
if ! su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname = 'network_test'\"" | grep -q 1; then
  su postgres -c "createdb -O network network_test" >&2
fi
echo "Host=127.0.0.1;Port=5432;Username=network;Password=network;Database=network_test"
