-- The Idempotency-Key a subscription was created with: the same key again answers with that subscription.
alter table subscription add column idempotency_key text unique;
