PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_order` (
	`select` integer PRIMARY KEY NOT NULL,
	`group` text NOT NULL,
	`fromId` integer,
	FOREIGN KEY (`fromId`) REFERENCES `order`(`select`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_order`("select", "group", "fromId") SELECT "select", "group", "fromId" FROM `order`;--> statement-breakpoint
DROP TABLE `order`;--> statement-breakpoint
ALTER TABLE `__new_order` RENAME TO `order`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `order_group_idx` ON `order` (`group`) WHERE "order"."group" <> 'where';