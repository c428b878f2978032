-- Type-ahead on names (communes, EPCI, organisations): the folded search_name columns get trigram indexes, so that a
-- fragment typed anywhere in a name (« amand » in « saint amand les eaux ») is found without reading every row.
-- pg_trgm ships with PostgreSQL's contrib (embedded, PGDG and distribution packages) and is a trusted extension: the
-- database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
