-- Milestones of projects the gazetteer lacks, kept under the name the text gives them, so the candidate list can show
-- what is said of each; registering the project re-analyses its articles and their claims then leave this table.
create table candidate_claim (
    article_id text        not null references article (id) on delete cascade,
    name       text        not null,
    kind       text        not null,
    date       text,
    precision  text,
    evidence   text        not null,
    seen_at    timestamptz not null default now()
);
create index candidate_claim_name on candidate_claim (name, article_id);
create index candidate_claim_article on candidate_claim (article_id);
