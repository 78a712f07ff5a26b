PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_settings` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`label` text DEFAULT 'it''s new' NOT NULL,
	`ratio` real DEFAULT (abs(-1.5)),
	`enabled` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT 0,
	`tags` text DEFAULT '[1,2,3]',
	`note` text
);
--> statement-breakpoint
INSERT INTO `__new_settings`(`id`, `label`, `ratio`, `enabled`, `created_at`, `tags`, `note`) SELECT `id`, `label`, `ratio`, `enabled`, `created_at`, `tags`, `note` FROM `settings`;--> statement-breakpoint
DROP TABLE `settings`;--> statement-breakpoint
ALTER TABLE `__new_settings` RENAME TO `settings`;--> statement-breakpoint
PRAGMA foreign_keys=ON;