/* Every way SQLite lets a name be quoted, comments between the pieces. */
CREATE TABLE [order items] (
    `line no` INTEGER, -- backticks
    'sku' TEXT NOT NULL, /* a string literal as a name */
    "qty" INTEGER DEFAULT (1 + 1),
    [unit price] REAL,
    PRIMARY KEY (`line no`)
);
