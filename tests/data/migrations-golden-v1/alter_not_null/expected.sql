PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`qty` integer NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_items`(`id`, `qty`) SELECT `id`, `qty` FROM `items`;--> statement-breakpoint
DROP TABLE `items`;--> statement-breakpoint
ALTER TABLE `__new_items` RENAME TO `items`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `items_id_idx` ON `items` (`id`);