-- Type-ahead on the reference names (issue 12, point 8): trigram indexes on the folded names (accents, case, hyphens
-- and apostrophes removed by shared.SearchText), so that LIKE '%fragment%' uses an index.
CREATE INDEX commune_search_trgm_idx ON territory.commune USING gin (search_name gin_trgm_ops);
CREATE INDEX epci_search_trgm_idx ON territory.epci USING gin (search_name gin_trgm_ops);
