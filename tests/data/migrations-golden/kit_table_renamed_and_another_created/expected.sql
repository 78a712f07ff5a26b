ALTER TABLE `users1` RENAME TO `users2`;--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer
);
