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

create table outbox (
    seq        bigserial primary key,
    event_id   text        not null unique,
    topic      text        not null,
    record_key text        not null,
    payload    text        not null,
    created_at timestamptz not null default now(),
    sent_at    timestamptz
);
create index outbox_unsent on outbox (seq) where sent_at is null;

create table processed_event (
    consumer     text        not null,
    event_id     text        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
