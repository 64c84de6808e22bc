-- Entities the catalog deleted (a tombstone on the entity topic): articles about them that arrive later follow no project.
create table forgotten_entity (
    id           text primary key,
    forgotten_at timestamptz not null default now()
);
