#!/usr/bin/env bash
# Installs (if needed) and starts a local PostgreSQL on 127.0.0.1 from Debian's packages, with a
# role and database for the tests, and prints the JDBC URL to use as TERRITORYMAP_TEST_DATABASE_URL.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
if ! command -v pg_ctlcluster >/dev/null || [ -z "$(ls /etc/postgresql 2>/dev/null)" ]; then
  apt-get install -y -q --no-install-recommends postgresql >&2
fi
version=$(ls /etc/postgresql | sort -V | tail -n 1)
[ -d "/etc/postgresql/$version/main" ] || pg_createcluster "$version" main >&2
pg_ctlcluster "$version" main status >/dev/null 2>&1 || pg_ctlcluster "$version" main start >&2
for _ in $(seq 1 30); do
  su postgres -c "pg_isready -q -h 127.0.0.1" && break
  sleep 1
done
su postgres -c "psql -q -tc \"SELECT 1 FROM pg_roles WHERE rolname = 'territory'\"" | grep -q 1 \
  || su postgres -c "psql -q -c \"CREATE ROLE territory LOGIN PASSWORD 'territory'\"" >&2
su postgres -c "psql -q -tc \"SELECT 1 FROM pg_database WHERE datname = 'territory_test'\"" | grep -q 1 \
  || su postgres -c "psql -q -c \"CREATE DATABASE territory_test OWNER territory\"" >&2
echo "jdbc:postgresql://127.0.0.1:5432/territory_test?user=territory&password=territory"
