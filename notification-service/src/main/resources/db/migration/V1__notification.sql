-- Subscriptions, the alerts received from project.status-changed, and one delivery per (subscription, event).
create table subscription (
    id             text        primary key,
    projects       text[]      not null,
    kinds          text[]      not null,
    historical     boolean     not null default false,
    webhook_url    text,
    webhook_secret text,
    email          text,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now()
);

-- Every status change seen, in arrival order: the public stream (seq is the SSE event id) and delivery payloads.
create table alert (
    seq        bigserial   primary key,
    event_id   text        not null unique,
    project_id text        not null,
    change     text        not null,
    historical boolean     not null,
    payload    text        not null,
    received_at timestamptz not null default now()
);
create index alert_project on alert (project_id, seq);

create table delivery (
    id              bigserial   primary key,
    subscription_id text        not null references subscription (id) on delete cascade,
    event_id        text        not null references alert (event_id),
    channel         text        not null,
    status          text        not null default 'pending',
    attempts        integer     not null default 0,
    last_error      text,
    last_attempt_at timestamptz,
    next_attempt_at timestamptz default now(),
    window_start    timestamptz not null default now(),
    created_at      timestamptz not null default now(),
    delivered_at    timestamptz,
    dead_at         timestamptz,
    unique (subscription_id, event_id)
);
create index delivery_due on delivery (next_attempt_at) where status = 'pending';
create index delivery_by_subscription on delivery (subscription_id, id);

-- Projects learned from status changes and from baytrack.entities.changed.
create table known_project (
    id       text        primary key,
    name     text,
    seen_at  timestamptz not null default now()
);
