-- A claim with no date, read from an article with no publication date, has nothing to sort by until a dated
-- report of it arrives.
alter table milestone alter column sort_date drop not null;
