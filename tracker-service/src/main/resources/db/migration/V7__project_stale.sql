-- Set by a published stale change, cleared by revived: the board row folds both like any other change.
alter table project add column stale boolean not null default false;
