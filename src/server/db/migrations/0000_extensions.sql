-- pg_trgm: similarity search on plan names and on parts of Dutch compound words (architecture.md).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
