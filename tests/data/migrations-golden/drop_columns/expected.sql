DROP INDEX `posts_title_idx`;--> statement-breakpoint
ALTER TABLE `posts` DROP COLUMN `title`;--> statement-breakpoint
DROP INDEX `users_email_unique`;--> statement-breakpoint
ALTER TABLE `users` DROP COLUMN `email`;