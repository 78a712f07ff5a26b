PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_memberships` (
	`user_id` integer NOT NULL,
	`group_id` integer NOT NULL,
	`role` integer NOT NULL,
	CONSTRAINT `memberships_pk` PRIMARY KEY(`user_id`, `group_id`, `role`)
);
--> statement-breakpoint
INSERT INTO `__new_memberships`(`user_id`, `group_id`, `role`) SELECT `user_id`, `group_id`, `role` FROM `memberships`;--> statement-breakpoint
DROP TABLE `memberships`;--> statement-breakpoint
ALTER TABLE `__new_memberships` RENAME TO `memberships`;--> statement-breakpoint
PRAGMA foreign_keys=ON;