-- Type-ahead on organisation names (issue 12, point 8): a trigram index on the folded name. Numbered 4.1 so that a
-- V4 written in parallel (new organisation kinds) keeps its number.
CREATE INDEX organisation_search_trgm_idx ON directory.organisation USING gin (search_name gin_trgm_ops);
