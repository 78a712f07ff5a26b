ALTER TABLE `it``s` RENAME COLUMN "say ""hi""" TO "say ""bye""";--> statement-breakpoint
ALTER TABLE `it``s` ADD `back``tick` text;--> statement-breakpoint
CREATE UNIQUE INDEX `it``s_back``tick_unique` ON `it``s` (`back``tick`);