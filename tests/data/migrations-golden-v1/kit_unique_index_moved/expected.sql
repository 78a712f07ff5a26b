DROP INDEX IF EXISTS `customers_address_unique`;--> statement-breakpoint
CREATE UNIQUE INDEX `customers_is_confirmed_unique` ON `customers` (`is_confirmed`);