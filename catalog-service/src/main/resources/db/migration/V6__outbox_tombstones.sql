-- DELETE /entities/{id} puts a tombstone in the outbox: a record key with no value (OutboxRelay sends it as such).
alter table outbox alter column payload drop not null;
