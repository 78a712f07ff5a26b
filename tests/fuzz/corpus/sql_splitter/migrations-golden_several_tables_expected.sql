CREATE TABLE `comments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`body` text
);
--> statement-breakpoint
DROP INDEX `posts_title_idx`;--> statement-breakpoint
CREATE UNIQUE INDEX `posts_title_idx` ON `posts` (`title`);--> statement-breakpoint
ALTER TABLE `users` ADD `bio` text;--> statement-breakpoint
ALTER TABLE `tags` DROP COLUMN `label`;