-- A D1 migration as written for wrangler: IF NOT EXISTS, INTEGER PRIMARY KEY with and without AUTOINCREMENT.
CREATE TABLE IF NOT EXISTS customers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    tier TEXT DEFAULT 'free'
);
CREATE TABLE IF NOT EXISTS orders (
    id INTEGER PRIMARY KEY,
    customer_id TEXT REFERENCES customers(id), -- a text key to an integer one: SQLite takes it
    total INTEGER DEFAULT 0,
    note TEXT DEFAULT "none"
);
CREATE INDEX IF NOT EXISTS idx_orders_customer ON orders(customer_id);
CREATE TABLE IF NOT EXISTS coupons (code TEXT PRIMARY KEY, percent INTEGER);
