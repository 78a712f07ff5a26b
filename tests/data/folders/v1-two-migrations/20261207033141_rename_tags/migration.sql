ALTER TABLE `tags` RENAME TO `labels`;--> statement-breakpoint
ALTER TABLE `labels` RENAME COLUMN `label` TO `title`;--> statement-breakpoint
ALTER TABLE `users` RENAME COLUMN `name` TO `display_name`;