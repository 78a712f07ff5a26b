PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_shops` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`country` text,
	`region` text,
	CONSTRAINT `fk_shops_country_region_regions_country_code_fk` FOREIGN KEY (`country`,`region`) REFERENCES `regions`(`country`,`code`) ON DELETE CASCADE
);
--> statement-breakpoint
INSERT INTO `__new_shops`(`id`, `country`, `region`) SELECT `id`, `country`, `region` FROM `shops`;--> statement-breakpoint
DROP TABLE `shops`;--> statement-breakpoint
ALTER TABLE `__new_shops` RENAME TO `shops`;--> statement-breakpoint
PRAGMA foreign_keys=ON;