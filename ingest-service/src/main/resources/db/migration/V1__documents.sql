create table document (
    id            text primary key,
    content_hash  text        not null unique,
    media_type    text        not null,
    charset       text,
    url           text,
    source        text,
    title         text,
    published     date,
    backfill      boolean     not null default false,
    size_bytes    integer     not null,
    raw           bytea       not null,
    received_at   timestamptz not null default now(),
    article_id    text
);
create index document_received on document (received_at, id);
