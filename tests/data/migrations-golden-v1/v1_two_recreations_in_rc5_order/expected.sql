PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_products` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`price` real NOT NULL,
	CONSTRAINT "price_positive" CHECK("price" > 0)
);
--> statement-breakpoint
INSERT INTO `__new_products`(`id`, `price`) SELECT `id`, `price` FROM `products`;--> statement-breakpoint
DROP TABLE `products`;--> statement-breakpoint
ALTER TABLE `__new_products` RENAME TO `products`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`qty` integer NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_items`(`id`, `qty`) SELECT `id`, `qty` FROM `items`;--> statement-breakpoint
DROP TABLE `items`;--> statement-breakpoint
ALTER TABLE `__new_items` RENAME TO `items`;--> statement-breakpoint
PRAGMA foreign_keys=ON;