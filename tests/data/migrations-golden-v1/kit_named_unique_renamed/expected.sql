PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_accounts` (
	`id` integer PRIMARY KEY,
	`handle` text CONSTRAINT `accounts_handle_unique_key` UNIQUE
);
--> statement-breakpoint
INSERT INTO `__new_accounts`(`id`, `handle`) SELECT `id`, `handle` FROM `accounts`;--> statement-breakpoint
DROP TABLE `accounts`;--> statement-breakpoint
ALTER TABLE `__new_accounts` RENAME TO `accounts`;--> statement-breakpoint
PRAGMA foreign_keys=ON;