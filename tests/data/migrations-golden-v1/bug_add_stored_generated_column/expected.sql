PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_products` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`price` real NOT NULL,
	`doubled` real GENERATED ALWAYS AS ("price" * 2) STORED
);
--> statement-breakpoint
INSERT INTO `__new_products`(`id`, `price`) SELECT `id`, `price` FROM `products`;--> statement-breakpoint
DROP TABLE `products`;--> statement-breakpoint
ALTER TABLE `__new_products` RENAME TO `products`;--> statement-breakpoint
PRAGMA foreign_keys=ON;