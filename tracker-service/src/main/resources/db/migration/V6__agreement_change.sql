-- Every published agreement.changed, in order; a replay of the topic skips the ids already here.
create table agreement_change (
    seq          bigserial primary key,
    event_id     text        not null unique,
    agreement_id text        not null,
    change       text        not null,
    historical   boolean     not null,
    data         text        not null,
    recorded_at  timestamptz not null default now()
);
create index agreement_change_agreement on agreement_change (agreement_id, seq);

-- The projects the articles reporting an agreement name: notification filters agreement alerts by them.
alter table agreement add column projects text not null default '[]';
