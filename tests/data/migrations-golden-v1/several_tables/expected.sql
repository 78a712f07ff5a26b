CREATE TABLE `comments` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`body` text
);
--> statement-breakpoint
ALTER TABLE `users` ADD `bio` text;--> statement-breakpoint
ALTER TABLE `tags` DROP COLUMN `label`;