PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_codes` (
	`code` text PRIMARY KEY NOT NULL,
	`label` text
);
--> statement-breakpoint
INSERT INTO `__new_codes`("code", "label") SELECT "code", "label" FROM `codes`;--> statement-breakpoint
DROP TABLE `codes`;--> statement-breakpoint
ALTER TABLE `__new_codes` RENAME TO `codes`;--> statement-breakpoint
PRAGMA foreign_keys=ON;