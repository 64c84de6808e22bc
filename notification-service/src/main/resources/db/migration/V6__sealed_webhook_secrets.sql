-- Webhook secrets are stored encrypted ('v1:' and AES-GCM, sealed by the service with baytrack.notification.secret-key).
-- The rows stored before are marked 'plain:' so that no old secret can pass for a sealed one; the service seals them
-- at start-up.
update subscription set webhook_secret = 'plain:' || webhook_secret where webhook_secret is not null;
update subscription set webhook_previous_secret = 'plain:' || webhook_previous_secret
    where webhook_previous_secret is not null;
