-- The way most people write SQLite by hand: lowercase, inline keys, AUTOINCREMENT without NOT NULL.
create table users (
    id integer primary key autoincrement,
    email text not null unique,
    name text,
    created_at text default current_timestamp
);
create table posts (
    id integer primary key autoincrement,
    user_id integer not null references users(id) on delete cascade,
    title varchar(255) not null,
    score real default -1.5,
    editor_id integer references users on delete set null,
    foreign key (user_id) references users (id) on delete cascade
);
create index posts_user_idx on posts (user_id);
create table kv (name primary key, value);
