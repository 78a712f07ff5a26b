PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_users` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`name` text
);
--> statement-breakpoint
INSERT INTO `__new_users`(`id`, `name`) SELECT `id`, `name` FROM `users`;--> statement-breakpoint
DROP TABLE `users`;--> statement-breakpoint
ALTER TABLE `__new_users` RENAME TO `users`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
DROP INDEX IF EXISTS `posts_title_idx`;--> statement-breakpoint
ALTER TABLE `posts` DROP COLUMN `title`;