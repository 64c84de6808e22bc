-- Events the broker refused for good (a record over its size limit, a topic it will not take): the relay parks them
-- here, once, and carries on with the later rows, so one bad record cannot hold back every event behind it.
-- Versioned below the services' own migrations: services set quarkus.flyway.out-of-order=true to apply it.
create table outbox_rejected (
    seq           bigint      primary key,
    event_id      text        not null,
    topic         text        not null,
    record_key    text        not null,
    payload       text,
    payload_bytes bigint      not null,
    error         text        not null,
    rejected_at   timestamptz not null default now()
);
