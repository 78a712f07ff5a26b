ALTER TABLE `old_users` RENAME TO `new_users`;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_new_users` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`age` integer
);
--> statement-breakpoint
INSERT INTO `__new_new_users`(`id`, `age`) SELECT `id`, `age` FROM `new_users`;--> statement-breakpoint
DROP TABLE `new_users`;--> statement-breakpoint
ALTER TABLE `__new_new_users` RENAME TO `new_users`;--> statement-breakpoint
PRAGMA foreign_keys=ON;