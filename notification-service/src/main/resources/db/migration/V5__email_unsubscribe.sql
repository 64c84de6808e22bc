-- One-click unsubscribe from alert e-mails (RFC 8058): each subscription's own unguessable token, and when its
-- e-mail delivery was switched off through it.
alter table subscription add column unsubscribe_token text;
update subscription set unsubscribe_token = replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', '')
    where unsubscribe_token is null;
alter table subscription alter column unsubscribe_token set not null;
alter table subscription add constraint subscription_unsubscribe_token unique (unsubscribe_token);
alter table subscription add column email_unsubscribed_at timestamptz;
