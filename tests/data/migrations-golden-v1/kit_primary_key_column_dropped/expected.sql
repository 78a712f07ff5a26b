PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_codes` (
	`rank` integer
);
--> statement-breakpoint
INSERT INTO `__new_codes`(`rank`) SELECT `rank` FROM `codes`;--> statement-breakpoint
DROP TABLE `codes`;--> statement-breakpoint
ALTER TABLE `__new_codes` RENAME TO `codes`;--> statement-breakpoint
PRAGMA foreign_keys=ON;