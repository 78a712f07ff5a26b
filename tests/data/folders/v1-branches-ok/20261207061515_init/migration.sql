CREATE TABLE `posts` (
	`id` integer PRIMARY KEY,
	`title` text NOT NULL,
	`user_id` integer,
	CONSTRAINT `fk_posts_user_id_users_id_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`)
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY,
	`name` text
);
