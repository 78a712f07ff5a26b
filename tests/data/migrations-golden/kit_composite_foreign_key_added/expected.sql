PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_shops` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`country` text,
	`region` text,
	FOREIGN KEY (`country`,`region`) REFERENCES `regions`(`country`,`code`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_shops`("id", "country", "region") SELECT "id", "country", "region" FROM `shops`;--> statement-breakpoint
DROP TABLE `shops`;--> statement-breakpoint
ALTER TABLE `__new_shops` RENAME TO `shops`;--> statement-breakpoint
PRAGMA foreign_keys=ON;