-- Sign-in throttling (ADR 0012) replaces the account lockout: failures are counted per (login, source address) and
-- per source address alone ('' as login), never per account, so that nobody can lock another person out.
CREATE TABLE directory.login_throttle (
    login             TEXT NOT NULL,
    address           TEXT NOT NULL,
    failures          INT NOT NULL,
    first_failure_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_failure_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    blocked_until     TIMESTAMP WITH TIME ZONE,
    -- When the back-off started in the current window (NULL while the free attempts last); shown to admins.
    throttled_since   TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (login, address)
);
CREATE INDEX login_throttle_address_idx ON directory.login_throttle (address);
CREATE INDEX login_throttle_last_failure_idx ON directory.login_throttle (last_failure_at);

ALTER TABLE directory.user_account DROP COLUMN failed_attempts, DROP COLUMN locked_until;
