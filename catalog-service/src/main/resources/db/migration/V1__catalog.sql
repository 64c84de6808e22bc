create table entity (
    id            text primary key,
    type          text        not null,
    name          text        not null,
    name_hant     text,
    name_en       text,
    aliases       text[]      not null default '{}',
    origin        text        not null,
    registered_at timestamptz not null default now()
);
create index entity_type on entity (type);

create table article (
    id            text primary key,
    document_id   text        not null unique,
    canonical_id  text        not null,
    revision      integer     not null default 1,
    title         text,
    published     date,
    source        text,
    url           text,
    language      text        not null,
    script        text,
    backfill      boolean     not null default false,
    original_text text        not null,
    text          text        not null,
    sentences     jsonb       not null,
    bigrams       text[]      not null,
    minhash       integer[]   not null,
    cataloged_at  timestamptz not null default now()
);
create index article_canonical on article (canonical_id);
create index article_published on article (published);
-- Chinese has no spaces to tokenise on: every character bigram is indexed, a query must contain them all
create index article_bigrams on article using gin (bigrams);

create table article_band (
    band       smallint not null,
    hash       integer  not null,
    article_id text     not null references article (id) on delete cascade,
    primary key (band, hash, article_id)
);

create table mention (
    article_id   text    not null references article (id) on delete cascade,
    entity_id    text    not null,
    type         text    not null,
    text         text    not null,
    start_offset integer not null,
    end_offset   integer not null,
    sentence     integer not null
);
create index mention_article on mention (article_id);
create index mention_entity on mention (entity_id, article_id);

create table candidate_sighting (
    name       text        not null,
    article_id text        not null references article (id) on delete cascade,
    sentence   text        not null,
    seen_at    timestamptz not null default now(),
    primary key (name, article_id)
);
