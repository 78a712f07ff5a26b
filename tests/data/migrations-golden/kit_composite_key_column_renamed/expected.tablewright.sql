ALTER TABLE `grants` RENAME COLUMN "role_id" TO "scope_id";--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_grants` (
	`user_id` integer NOT NULL,
	`scope_id` integer NOT NULL,
	`note` text,
	PRIMARY KEY(`user_id`, `scope_id`)
);
--> statement-breakpoint
INSERT INTO `__new_grants`("user_id", "scope_id", "note") SELECT "user_id", "scope_id", "note" FROM `grants`;--> statement-breakpoint
DROP TABLE `grants`;--> statement-breakpoint
ALTER TABLE `__new_grants` RENAME TO `grants`;--> statement-breakpoint
PRAGMA foreign_keys=ON;