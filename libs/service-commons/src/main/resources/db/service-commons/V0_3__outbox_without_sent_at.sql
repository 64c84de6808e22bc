-- The relay deletes a row once the broker has it, so nothing marks rows as sent: the rows still marked go, and the
-- column with its index. Versioned below the services' own migrations: services set quarkus.flyway.out-of-order=true.
delete from outbox where sent_at is not null;
drop index if exists outbox_unsent;
alter table outbox drop column sent_at;
