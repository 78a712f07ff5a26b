PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_nodes` (
	`id` integer PRIMARY KEY,
	`parent` integer,
	CONSTRAINT `nodes_parent_fk` FOREIGN KEY (`parent`) REFERENCES `nodes`(`id`)
);
--> statement-breakpoint
INSERT INTO `__new_nodes`(`id`, `parent`) SELECT `id`, `parent` FROM `nodes`;--> statement-breakpoint
DROP TABLE `nodes`;--> statement-breakpoint
ALTER TABLE `__new_nodes` RENAME TO `nodes`;--> statement-breakpoint
PRAGMA foreign_keys=ON;