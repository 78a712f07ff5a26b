ALTER TABLE `posts` RENAME COLUMN `title` TO `headline`;--> statement-breakpoint
ALTER TABLE `users` RENAME COLUMN `email` TO `mail`;