-- The way most people write SQLite by hand: lowercase, inline keys, AUTOINCREMENT without NOT NULL.
create table users (
    id integer primary key autoincrement,
    email text not null unique,
    name text,
    created_at text default current_timestamp
);
