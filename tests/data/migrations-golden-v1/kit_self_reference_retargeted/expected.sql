PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_nodes` (
	`id` integer PRIMARY KEY,
	`code` integer UNIQUE,
	`parent` integer,
	CONSTRAINT `fk_nodes_parent_nodes_code_fk` FOREIGN KEY (`parent`) REFERENCES `nodes`(`code`)
);
--> statement-breakpoint
INSERT INTO `__new_nodes`(`id`, `code`, `parent`) SELECT `id`, `code`, `parent` FROM `nodes`;--> statement-breakpoint
DROP TABLE `nodes`;--> statement-breakpoint
ALTER TABLE `__new_nodes` RENAME TO `nodes`;--> statement-breakpoint
PRAGMA foreign_keys=ON;