CREATE SCHEMA IF NOT EXISTS directory;

CREATE TABLE directory.organisation (
    id            UUID PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('CAF', 'COMMUNE', 'EPCI', 'DEPARTEMENT', 'MSA', 'ETAT', 'ASSOCIATION', 'OTHER')),
    name          TEXT NOT NULL,
    short_name    TEXT,
    search_name   TEXT NOT NULL,
    siren         CHAR(9),
    -- Départements a Caf covers (its territory); for a Département, its own code.
    departements  TEXT[] NOT NULL DEFAULT '{}',
    version       INT NOT NULL DEFAULT 0,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX organisation_name_uq ON directory.organisation (lower(name));

-- The communes (INSEE codes) and EPCI (SIREN) an organisation is attached to.
CREATE TABLE directory.organisation_commune (
    organisation_id UUID NOT NULL REFERENCES directory.organisation (id) ON DELETE CASCADE,
    commune_code    TEXT NOT NULL,
    PRIMARY KEY (organisation_id, commune_code)
);
CREATE INDEX organisation_commune_code_idx ON directory.organisation_commune (commune_code);

CREATE TABLE directory.organisation_epci (
    organisation_id UUID NOT NULL REFERENCES directory.organisation (id) ON DELETE CASCADE,
    epci_siren      CHAR(9) NOT NULL,
    PRIMARY KEY (organisation_id, epci_siren)
);

CREATE TABLE directory.user_account (
    id                    UUID PRIMARY KEY,
    username              TEXT NOT NULL,
    display_name          TEXT NOT NULL,
    password_hash         TEXT NOT NULL,
    organisation_id       UUID NOT NULL REFERENCES directory.organisation (id),
    role                  TEXT NOT NULL CHECK (role IN ('ADMIN', 'CAF_AGENT', 'COLLECTIVITE_AGENT', 'PARTNER', 'READER')),
    enabled               BOOLEAN NOT NULL DEFAULT TRUE,
    must_change_password  BOOLEAN NOT NULL DEFAULT FALSE,
    failed_attempts       INT NOT NULL DEFAULT 0,
    locked_until          TIMESTAMP WITH TIME ZONE,
    last_login_at         TIMESTAMP WITH TIME ZONE,
    version               INT NOT NULL DEFAULT 0,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX user_account_username_uq ON directory.user_account (lower(username));
CREATE INDEX user_account_organisation_idx ON directory.user_account (organisation_id);

-- Personal API tokens: only a SHA-256 of the secret is kept; the secret is shown once at creation.
CREATE TABLE directory.api_token (
    id            UUID PRIMARY KEY,
    user_id       UUID NOT NULL REFERENCES directory.user_account (id) ON DELETE CASCADE,
    name          TEXT NOT NULL,
    token_hash    TEXT NOT NULL UNIQUE,
    token_prefix  TEXT NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE,
    last_used_at  TIMESTAMP WITH TIME ZONE,
    revoked_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX api_token_user_idx ON directory.api_token (user_id);
