ALTER TABLE `users` RENAME COLUMN "name" TO "name1";--> statement-breakpoint
ALTER TABLE `users` DROP COLUMN `email`;