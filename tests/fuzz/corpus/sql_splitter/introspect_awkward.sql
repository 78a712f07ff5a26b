-- A schema written by hand, not by drizzle-kit: every shape the introspector must survive.
CREATE TABLE "order" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,   -- a reserved word as the table name
    "say ""hi""" text DEFAULT 'it''s, (really) fine' NOT NULL,
    `back``tick` integer DEFAULT (unixepoch()),
    [größe] real DEFAULT -2.5,
    "flag" integer DEFAULT true,
    "parent_id" integer REFERENCES "order"("id") ON DELETE SET NULL, /* self reference, (with, commas) */
    "total" real GENERATED ALWAYS AS ("größe" * 2) STORED,
    "label" text AS (upper("say ""hi""")) VIRTUAL,
    "note" varchar(20) CHECK (length("note") < 20),
    CONSTRAINT "total, positive" CHECK ("total" >= 0 OR "total" IS NULL),
    CHECK ("flag" IN (0, 1))
);
CREATE TABLE order_lines (
    order_id integer NOT NULL,
    line integer NOT NULL,
    sku text NOT NULL COLLATE NOCASE,
    qty integer NOT NULL DEFAULT 1,
    PRIMARY KEY (order_id, line),
    CONSTRAINT lines_order_fk FOREIGN KEY (order_id) REFERENCES "order" (id) ON UPDATE CASCADE ON DELETE CASCADE
        DEFERRABLE INITIALLY DEFERRED,
    UNIQUE (order_id, sku)
);
CREATE INDEX "order_lines_live_idx" ON order_lines (sku) WHERE qty > 0;
CREATE UNIQUE INDEX "order_label_uq" ON "order" (lower("say ""hi"""), `back``tick` DESC);
CREATE UNIQUE INDEX "order_flag_unique" ON "order" ("flag");
CREATE TABLE badges (code text PRIMARY KEY, title text UNIQUE);
CREATE VIEW "big orders" ("id", "total") AS
    SELECT "id", "total" FROM "order" WHERE "total" > 100;
CREATE TRIGGER order_touch AFTER UPDATE ON "order" BEGIN SELECT 1; END;
CREATE TABLE d1_migrations (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT UNIQUE, applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL);
CREATE TABLE _cf_KV (key TEXT PRIMARY KEY, value BLOB) WITHOUT ROWID;
