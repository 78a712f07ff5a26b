create table posts (
    id integer primary key autoincrement,
    user_id integer not null references users(id) on delete cascade,
    title varchar(255) not null,
    score real default -1.5,
    editor_id integer references users on delete set null,
    foreign key (user_id) references users (id) on delete cascade
);
