CREATE TABLE IF NOT EXISTS orders (
    id INTEGER PRIMARY KEY,
    customer_id TEXT REFERENCES customers(id), -- a text key to an integer one: SQLite takes it
    total INTEGER DEFAULT 0,
    note TEXT DEFAULT "none"
);
