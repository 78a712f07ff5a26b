PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_people` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`name` text,
	`label` text GENERATED ALWAYS AS ("name" || 'hello') STORED
);
--> statement-breakpoint
INSERT INTO `__new_people`(`id`, `name`) SELECT `id`, `name` FROM `people`;--> statement-breakpoint
DROP TABLE `people`;--> statement-breakpoint
ALTER TABLE `__new_people` RENAME TO `people`;--> statement-breakpoint
PRAGMA foreign_keys=ON;