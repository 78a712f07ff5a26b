-- CONSTRAINT names on every kind of constraint, at column and at table level.
CREATE TABLE teams (
    id integer NOT NULL,
    slug text NOT NULL,
    CONSTRAINT teams_pk PRIMARY KEY (id),
    CONSTRAINT teams_slug_key UNIQUE (slug),
    CONSTRAINT slug_not_empty CHECK (length(slug) > 0)
);
CREATE TABLE members (
    team_id integer NOT NULL CONSTRAINT members_team_fk REFERENCES teams (id) ON DELETE CASCADE,
    user_name text NOT NULL CONSTRAINT user_name_key UNIQUE,
    role text NOT NULL DEFAULT 'member' CONSTRAINT role_known CHECK (role IN ('member', 'owner')),
    CONSTRAINT members_pk PRIMARY KEY (team_id, user_name),
    CONSTRAINT role_known CHECK (role <> '')
);
