#!/bin/bash
# Creates Telerad's role and database on the archive's PostgreSQL server.
# - docker compose: mounted into /docker-entrypoint-initdb.d of the `db` service, so it runs once, when the
#   database cluster is initialised (a fresh /var/local/dcm4chee-arc/db).
# - existing cluster (or a classic installation): run it by hand, it is idempotent:
#     docker compose exec -e TELERAD_DB_PASSWORD db bash /docker-entrypoint-initdb.d/telerad-db.sh
#     PGHOST=... PGUSER=postgres TELERAD_DB_PASSWORD=... bash docker/db/telerad-db.sh
# The password comes from TELERAD_DB_PASSWORD or TELERAD_DB_PASSWORD_FILE (a Docker secret); it is passed to
# psql as a variable, never written into a file.
set -euo pipefail

if [ -n "${TELERAD_DB_PASSWORD_FILE:-}" ] && [ -z "${TELERAD_DB_PASSWORD:-}" ]; then
	TELERAD_DB_PASSWORD="$(< "$TELERAD_DB_PASSWORD_FILE")"
fi
: "${TELERAD_DB_PASSWORD:?set TELERAD_DB_PASSWORD or TELERAD_DB_PASSWORD_FILE}"
db_name="${TELERAD_DB_NAME:-telerad}"
db_user="${TELERAD_DB_USER:-telerad}"

psql -v ON_ERROR_STOP=1 --username "${POSTGRES_USER:-${PGUSER:-postgres}}" --dbname "${POSTGRES_DB:-postgres}" \
	-v db_name="$db_name" -v db_user="$db_user" -v db_password="$TELERAD_DB_PASSWORD" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'db_user', :'db_password')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'db_user') \gexec
SELECT format('ALTER ROLE %I LOGIN PASSWORD %L', :'db_user', :'db_password') \gexec
SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L', :'db_name', :'db_user', 'UTF8')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db_name') \gexec
SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', :'db_name') \gexec
SQL
echo "Telerad: database $db_name owned by $db_user is ready"
