ALTER TABLE `people` DROP COLUMN `label`;--> statement-breakpoint
ALTER TABLE `people` ADD `label` text;