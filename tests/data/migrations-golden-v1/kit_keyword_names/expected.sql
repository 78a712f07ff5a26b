ALTER TABLE `order` ADD `fromId` integer REFERENCES order(select);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_order` (
	`select` integer PRIMARY KEY,
	`group` text NOT NULL,
	`fromId` integer,
	CONSTRAINT `fk_order_fromId_order_select_fk` FOREIGN KEY (`fromId`) REFERENCES `order`(`select`)
);
--> statement-breakpoint
INSERT INTO `__new_order`(`select`, `group`) SELECT `select`, `group` FROM `order`;--> statement-breakpoint
DROP TABLE `order`;--> statement-breakpoint
ALTER TABLE `__new_order` RENAME TO `order`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `order_group_idx` ON `order` (`group`) WHERE "order"."group" <> 'where';