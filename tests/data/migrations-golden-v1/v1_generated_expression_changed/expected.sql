ALTER TABLE `products` DROP COLUMN `with_tax`;--> statement-breakpoint
ALTER TABLE `products` ADD `with_tax` real GENERATED ALWAYS AS ("price" * 1.25) VIRTUAL;