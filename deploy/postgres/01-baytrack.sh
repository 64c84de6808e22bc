#!/bin/sh
# Baytrack databases for docker-compose: one role and one database per service (the same as the local runner's).
# The role's password comes from BAYTRACK_DB_PASSWORD (docker-compose takes it from .env), never from this file.
set -eu
if [ -z "${BAYTRACK_DB_PASSWORD:-}" ]; then
  echo "BAYTRACK_DB_PASSWORD is empty: copy .env.example to .env and set it (openssl rand -base64 24)" >&2
  exit 1
fi
psql -v ON_ERROR_STOP=1 -v password="$BAYTRACK_DB_PASSWORD" --username "$POSTGRES_USER" --dbname postgres <<'SQL'
CREATE ROLE baytrack LOGIN PASSWORD :'password';
CREATE DATABASE ingest OWNER baytrack;
CREATE DATABASE catalog OWNER baytrack;
CREATE DATABASE tracker OWNER baytrack;
CREATE DATABASE notification OWNER baytrack;
SQL
