ALTER TABLE `logs` ADD `id` integer;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_logs` (
	`message` text,
	`id` integer PRIMARY KEY AUTOINCREMENT
);
--> statement-breakpoint
INSERT INTO `__new_logs`(`message`) SELECT `message` FROM `logs`;--> statement-breakpoint
DROP TABLE `logs`;--> statement-breakpoint
ALTER TABLE `__new_logs` RENAME TO `logs`;--> statement-breakpoint
PRAGMA foreign_keys=ON;