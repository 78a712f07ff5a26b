ALTER TABLE `users` RENAME COLUMN `name` TO `full_name`;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_users` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`email` text NOT NULL UNIQUE,
	`full_name` text DEFAULT 'anonymous'
);
--> statement-breakpoint
INSERT INTO `__new_users`(`id`, `email`, `full_name`) SELECT `id`, `email`, `full_name` FROM `users`;--> statement-breakpoint
DROP TABLE `users`;--> statement-breakpoint
ALTER TABLE `__new_users` RENAME TO `users`;--> statement-breakpoint
PRAGMA foreign_keys=ON;