-- Entities known to the tracker (gazetteer at start-up, then entity.changed); agreement parties resolve here.
create table entity (
    id         text primary key,
    type       text        not null,
    name       text        not null,
    name_hant  text,
    name_en    text,
    aliases    text        not null default '[]',
    updated_at timestamptz not null default now()
);

-- The status board: one row per followed project, derived from the status-changed stream (see ProjectBoard).
create table project (
    id                      text primary key,
    name                    text        not null,
    name_hant               text,
    name_en                 text,
    status                  text        not null default 'followed',
    status_date             text,
    forecast_opening        text,
    forecast_precision      text,
    forecast_published      date,
    last_evidence           text,
    last_evidence_published date,
    followed_at             timestamptz not null default now(),
    updated_at              timestamptz not null default now()
);
create index project_status on project (status, id);

-- One row per distinct claim (project, kind, date); date_key is '' for undated claims.
create table milestone (
    id              bigserial primary key,
    project_id      text not null references project (id),
    kind            text not null,
    date            text,
    precision       text,
    date_key        text not null,
    sort_date       date not null,
    first_published date,
    unique (project_id, kind, date_key)
);

-- Each source story backs a milestone once; reprints share the story id (canonical article id).
create table milestone_evidence (
    id           bigserial primary key,
    milestone_id bigint not null references milestone (id),
    story_id     text   not null,
    article_id   text   not null,
    source       text,
    published    date,
    title        text,
    sentence     text   not null,
    unique (milestone_id, story_id)
);
create index milestone_evidence_story on milestone_evidence (story_id);

-- Every published project.status-changed, in order: GET /projects/{id}/changes and the replay check read it.
create table status_change (
    seq         bigserial primary key,
    event_id    text        not null unique,
    project_id  text        not null,
    change      text        not null,
    historical  boolean     not null,
    data        text        not null,
    recorded_at timestamptz not null default now()
);
create index status_change_project on status_change (project_id, seq);

create table agreement (
    id                 text primary key,
    title              text,
    parties            text  not null default '[]',
    signed             text,
    fields             text  not null default '[]',
    count              integer,
    status             text  not null,
    items              integer,
    done               integer,
    progress_published date,
    first_published    date,
    last_published     date
);
create index agreement_order on agreement (last_published desc, id);

create table agreement_evidence (
    id           bigserial primary key,
    agreement_id text not null references agreement (id),
    story_id     text not null,
    article_id   text not null,
    source       text,
    published    date,
    title        text,
    sentence     text not null,
    items        integer,
    done         integer,
    unique (agreement_id, story_id)
);
