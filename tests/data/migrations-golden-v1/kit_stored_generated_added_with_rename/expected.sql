ALTER TABLE `people` RENAME COLUMN `name` TO `full_name`;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_people` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`full_name` text,
	`greeting` text GENERATED ALWAYS AS ('hi ' || "full_name") STORED
);
--> statement-breakpoint
INSERT INTO `__new_people`(`id`, `full_name`) SELECT `id`, `full_name` FROM `people`;--> statement-breakpoint
DROP TABLE `people`;--> statement-breakpoint
ALTER TABLE `__new_people` RENAME TO `people`;--> statement-breakpoint
PRAGMA foreign_keys=ON;