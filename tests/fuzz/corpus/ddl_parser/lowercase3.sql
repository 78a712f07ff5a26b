create table kv (name primary key, value);
