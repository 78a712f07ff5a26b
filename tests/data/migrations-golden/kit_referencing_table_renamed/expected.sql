ALTER TABLE `table` RENAME TO `table1`;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_table1` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`profile_id` integer,
	FOREIGN KEY (`profile_id`) REFERENCES `profiles`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_table1`("id", "profile_id") SELECT "id", "profile_id" FROM `table1`;--> statement-breakpoint
DROP TABLE `table1`;--> statement-breakpoint
ALTER TABLE `__new_table1` RENAME TO `table1`;--> statement-breakpoint
PRAGMA foreign_keys=ON;