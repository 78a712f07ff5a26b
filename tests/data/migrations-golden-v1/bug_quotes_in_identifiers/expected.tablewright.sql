ALTER TABLE `it``s` RENAME COLUMN `say "hi"` TO `say "bye"`;--> statement-breakpoint
ALTER TABLE `it``s` ADD `back``tick` text;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_it``s` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`say "bye"` text,
	`back``tick` text UNIQUE
);
--> statement-breakpoint
INSERT INTO `__new_it``s`(`id`, `say "bye"`) SELECT `id`, `say "bye"` FROM `it``s`;--> statement-breakpoint
DROP TABLE `it``s`;--> statement-breakpoint
ALTER TABLE `__new_it``s` RENAME TO `it``s`;--> statement-breakpoint
PRAGMA foreign_keys=ON;