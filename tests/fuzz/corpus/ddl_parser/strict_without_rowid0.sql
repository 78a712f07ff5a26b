-- Table options Drizzle cannot declare: read, with a warning each.
CREATE TABLE kv (k TEXT PRIMARY KEY, v ANY) STRICT;
