PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_adults` (
	`id` integer PRIMARY KEY,
	`age` integer,
	CONSTRAINT "adult_age_check" CHECK("age" > 21)
);
--> statement-breakpoint
INSERT INTO `__new_adults`(`id`, `age`) SELECT `id`, `age` FROM `adults`;--> statement-breakpoint
DROP TABLE `adults`;--> statement-breakpoint
ALTER TABLE `__new_adults` RENAME TO `adults`;--> statement-breakpoint
PRAGMA foreign_keys=ON;