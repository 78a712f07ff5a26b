DROP VIEW `user_names`;--> statement-breakpoint
DROP VIEW `user_emails`;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_users` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`email` text NOT NULL UNIQUE,
	`name` text NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_users`(`id`, `email`, `name`) SELECT `id`, `email`, `name` FROM `users`;--> statement-breakpoint
DROP TABLE `users`;--> statement-breakpoint
ALTER TABLE `__new_users` RENAME TO `users`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE VIEW `user_emails` AS select "email" from "users";--> statement-breakpoint
CREATE VIEW `user_names` AS select "id", "name" from "users";