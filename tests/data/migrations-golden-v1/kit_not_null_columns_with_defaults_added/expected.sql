ALTER TABLE `people` ADD `active` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `people` ADD `title` text DEFAULT 'name' NOT NULL;--> statement-breakpoint
ALTER TABLE `people` ADD `tags` text DEFAULT '{"key":"value","arr":[1,2,3]}';