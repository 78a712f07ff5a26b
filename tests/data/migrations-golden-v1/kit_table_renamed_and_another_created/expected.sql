CREATE TABLE `users` (
	`id` integer
);
--> statement-breakpoint
ALTER TABLE `users1` RENAME TO `users2`;