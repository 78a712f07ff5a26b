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
