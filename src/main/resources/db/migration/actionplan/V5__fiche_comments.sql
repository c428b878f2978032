-- Issue 16: comments on a fiche (who, when, a text of at most 2 000 characters) and the colleagues they mention, each
-- mention shown on the colleague's home page until read. V5 is left to the fiche funding lines (year, funder kind).
-- convention_id copies the fiche's, so that lists are filtered by convention in SQL; user ids refer to
-- directory.user_account (no cross-module foreign key).
CREATE TABLE actionplan.fiche_comment (
    id             UUID PRIMARY KEY,
    fiche_id       UUID NOT NULL REFERENCES actionplan.fiche (id) ON DELETE CASCADE,
    convention_id  UUID NOT NULL,
    author_id      UUID,
    author_name    TEXT NOT NULL,
    text           TEXT NOT NULL CHECK (char_length(text) BETWEEN 1 AND 2000),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX fiche_comment_fiche_idx ON actionplan.fiche_comment (fiche_id, created_at);

CREATE TABLE actionplan.fiche_mention (
    id             UUID PRIMARY KEY,
    comment_id     UUID NOT NULL REFERENCES actionplan.fiche_comment (id) ON DELETE CASCADE,
    fiche_id       UUID NOT NULL REFERENCES actionplan.fiche (id) ON DELETE CASCADE,
    convention_id  UUID NOT NULL,
    user_id        UUID NOT NULL,
    user_name      TEXT NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at        TIMESTAMP WITH TIME ZONE,
    UNIQUE (comment_id, user_id)
);
CREATE INDEX fiche_mention_unread_idx ON actionplan.fiche_mention (user_id, created_at) WHERE read_at IS NULL;
