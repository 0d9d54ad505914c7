/**
 * The notification collections as tables (migration 3), kept out of the page row so that ten thousand
 * subscribers never make a page write slower. The whole record is kept as JSON; the columns beside it are
 * what queries filter, order and fan out on.
 */
export const NOTIFICATION_TABLES = `
  CREATE TABLE status_subscribers (
    id text PRIMARY KEY,
    type text NOT NULL,
    email text,
    url text,
    state text NOT NULL,
    components text[] NOT NULL,
    created_at timestamptz NOT NULL,
    confirmed_at timestamptz,
    record jsonb NOT NULL
  );
  CREATE UNIQUE INDEX status_subscribers_email ON status_subscribers (email) WHERE type = 'email';
  CREATE INDEX status_subscribers_newest ON status_subscribers (created_at DESC, id);
  CREATE INDEX status_subscribers_components ON status_subscribers USING gin (components);
  CREATE INDEX status_subscribers_confirmed ON status_subscribers (confirmed_at) WHERE state = 'confirmed';

  -- Events queued by page writes (accepted_at null until the dispatcher fans them out) and accepted ones.
  CREATE TABLE status_events (
    id text PRIMARY KEY,
    seq bigint,
    body jsonb NOT NULL,
    accepted_at timestamptz,
    -- Set once every delivery is final; sent mail is then summarised into counts.
    closed_at timestamptz,
    counts jsonb
  );
  CREATE INDEX status_events_pending ON status_events (seq) WHERE accepted_at IS NULL;
  CREATE INDEX status_events_closed ON status_events (closed_at) WHERE closed_at IS NOT NULL;

  CREATE TABLE status_deliveries (
    id text PRIMARY KEY,
    event_id text NOT NULL REFERENCES status_events (id) ON DELETE CASCADE,
    event_type text NOT NULL,
    subscriber_id text NOT NULL,
    channel text NOT NULL,
    state text NOT NULL,
    attempts integer NOT NULL,
    next_attempt_at timestamptz NOT NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    sent_at timestamptz,
    last_error text,
    last_status integer,
    UNIQUE (event_id, subscriber_id)
  );
  CREATE INDEX status_deliveries_due ON status_deliveries (next_attempt_at, created_at)
    WHERE state IN ('queued', 'sending', 'retrying');
  CREATE INDEX status_deliveries_subscriber ON status_deliveries (subscriber_id, updated_at DESC);
  CREATE INDEX status_deliveries_newest ON status_deliveries (updated_at DESC, id);

  CREATE TABLE status_leases (
    name text PRIMARY KEY,
    holder text NOT NULL,
    expires_at timestamptz NOT NULL
  );

  -- One row per key: the times of its hits within the window, changed under the row's lock.
  CREATE TABLE status_rate_limits (
    key text PRIMARY KEY,
    hits bigint[] NOT NULL,
    expires_at timestamptz NOT NULL
  );
  CREATE INDEX status_rate_limits_expiry ON status_rate_limits (expires_at);
`;
