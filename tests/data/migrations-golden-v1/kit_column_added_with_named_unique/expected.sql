ALTER TABLE `table` ADD `name` text;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_table` (
	`id` integer PRIMARY KEY,
	`name` text CONSTRAINT `uq` UNIQUE
);
--> statement-breakpoint
INSERT INTO `__new_table`(`id`) SELECT `id` FROM `table`;--> statement-breakpoint
DROP TABLE `table`;--> statement-breakpoint
ALTER TABLE `__new_table` RENAME TO `table`;--> statement-breakpoint
PRAGMA foreign_keys=ON;