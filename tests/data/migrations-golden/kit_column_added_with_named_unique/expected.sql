ALTER TABLE `table` ADD `name` text;--> statement-breakpoint
CREATE UNIQUE INDEX `uq` ON `table` (`name`);