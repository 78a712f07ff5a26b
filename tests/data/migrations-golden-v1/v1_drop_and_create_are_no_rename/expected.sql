CREATE TABLE `labels` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`label` text NOT NULL
);
--> statement-breakpoint
ALTER TABLE `users` ADD `nickname` text;--> statement-breakpoint
DROP TABLE `tags`;--> statement-breakpoint
ALTER TABLE `users` DROP COLUMN `name`;