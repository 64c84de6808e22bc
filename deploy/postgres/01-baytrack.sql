-- Baytrack databases for docker-compose: one role and one database per service (the same as the local runner's).
CREATE ROLE baytrack LOGIN PASSWORD 'baytrack';
CREATE DATABASE ingest OWNER baytrack;
CREATE DATABASE catalog OWNER baytrack;
CREATE DATABASE tracker OWNER baytrack;
CREATE DATABASE notification OWNER baytrack;
