PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_table` (
	`id1` integer,
	`id2` integer,
	PRIMARY KEY(`id1`, `id2`)
);
--> statement-breakpoint
INSERT INTO `__new_table`("id1", "id2") SELECT "id1", "id2" FROM `table`;--> statement-breakpoint
DROP TABLE `table`;--> statement-breakpoint
ALTER TABLE `__new_table` RENAME TO `table`;--> statement-breakpoint
PRAGMA foreign_keys=ON;