CREATE TABLE badges (code text PRIMARY KEY, title text UNIQUE);
