-- Standard Webhooks: a rotated secret's predecessor signs too until it expires; endpoints that answer 410 or keep
-- failing are disabled and their contact told; the delivery log also records that as a 'subscription.disabled' entry.
alter table subscription
    add column webhook_previous_secret            text,
    add column webhook_previous_secret_expires_at timestamptz,
    add column contact                            text,
    add column failing_since                      timestamptz,
    add column disabled_at                        timestamptz,
    add column disabled_reason                    text;

alter table delivery
    add column entry           text    not null default 'delivery',
    add column window_attempts integer not null default 0,
    alter column event_id drop not null;
-- attempts since the delivery was queued or retried by hand: the position in the retry schedule
update delivery set window_attempts = attempts;
