-- The tables libs/service-commons needs in every service's database: the transactional outbox and the
-- processed-event log. Services list db/service-commons in quarkus.flyway.locations; their own migrations start at V1.
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
