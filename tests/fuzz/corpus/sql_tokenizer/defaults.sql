-- DEFAULT in every form SQLite takes.
CREATE TABLE settings (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    negative INTEGER DEFAULT -42,
    signed REAL DEFAULT + 2.5,
    exponent NUMERIC DEFAULT 1e3,
    quoted TEXT DEFAULT 'it''s',
    double_quoted TEXT DEFAULT "hello",
    bare TEXT DEFAULT hello,
    stamp TEXT DEFAULT CURRENT_TIMESTAMP,
    today TEXT DEFAULT current_date,
    epoch INTEGER DEFAULT (strftime('%s', 'now')),
    flag INTEGER DEFAULT TRUE,
    unset_value TEXT DEFAULT NULL,
    hex INTEGER DEFAULT 0x10,
    raw BLOB DEFAULT x'CAFE',
    folded TEXT COLLATE NOCASE DEFAULT 'x',
    number_on_text TEXT DEFAULT 0,
    string_on_integer INTEGER DEFAULT '7'
);
