-- A D1 migration as written for wrangler: IF NOT EXISTS, INTEGER PRIMARY KEY with and without AUTOINCREMENT.
CREATE TABLE IF NOT EXISTS customers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    tier TEXT DEFAULT 'free'
);
