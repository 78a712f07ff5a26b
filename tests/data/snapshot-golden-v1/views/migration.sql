CREATE TABLE `authors` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`name` text NOT NULL,
	`motto` text DEFAULT 'don''t panic',
	`active` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE VIEW `active_authors` AS select "id", "name", "motto", "active" from "authors" where "authors"."active" = 1;--> statement-breakpoint
CREATE VIEW `author_names` AS select "id", "name", "motto" from "authors";--> statement-breakpoint
CREATE VIEW `plain_sql` AS SELECT id, upper(name) AS loud FROM authors WHERE name <> '';--> statement-breakpoint
CREATE VIEW `raw_count` AS select count(*) as total, 'all' as label_text from authors;