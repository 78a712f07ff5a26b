create index posts_user_idx on posts (user_id);
