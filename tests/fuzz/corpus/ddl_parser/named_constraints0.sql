-- CONSTRAINT names on every kind of constraint, at column and at table level.
CREATE TABLE teams (
    id integer NOT NULL,
    slug text NOT NULL,
    CONSTRAINT teams_pk PRIMARY KEY (id),
    CONSTRAINT teams_slug_key UNIQUE (slug),
    CONSTRAINT slug_not_empty CHECK (length(slug) > 0)
);
