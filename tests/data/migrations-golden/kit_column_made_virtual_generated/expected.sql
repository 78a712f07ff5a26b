ALTER TABLE `people` DROP COLUMN `label`;--> statement-breakpoint
ALTER TABLE `people` ADD `label` text GENERATED ALWAYS AS ("name" || ' (person)') VIRTUAL;