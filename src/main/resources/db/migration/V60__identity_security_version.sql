-- identity: a per-account security version, raised whenever the account's rights change (disabled, roles,
-- unit, password). Sessions and API tokens carry the version they were issued with; a request whose version
-- differs from the account's is no longer signed in (decision 0003: the change takes effect at once, on every node).
ALTER TABLE identity_account ADD COLUMN security_version INT NOT NULL DEFAULT 0;
ALTER TABLE identity_api_token ADD COLUMN security_version INT NOT NULL DEFAULT 0;
