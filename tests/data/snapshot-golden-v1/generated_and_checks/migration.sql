CREATE TABLE `people` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`first_name` text NOT NULL,
	`last_name` text NOT NULL,
	`full_name` text GENERATED ALWAYS AS (first_name || ' ' || last_name) VIRTUAL,
	`full_name_stored` text GENERATED ALWAYS AS (first_name || ' ' || last_name) STORED,
	`initials` text GENERATED ALWAYS AS (substr("first_name", 1, 1) || substr("last_name", 1, 1)) VIRTUAL,
	`constant` integer GENERATED ALWAYS AS (42) STORED,
	`age` integer NOT NULL,
	`height_m` real,
	`age_next_year` integer GENERATED ALWAYS AS (age + 1) VIRTUAL NOT NULL,
	CONSTRAINT "people_age_check" CHECK("age" >= 0 AND "age" < 200),
	CONSTRAINT "height_positive" CHECK("height_m" IS NULL OR "height_m" > 0),
	CONSTRAINT "names not empty" CHECK(length(first_name) > 0 and length("last_name") > 0)
);
