CREATE TABLE `posts` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`tag_id` integer,
	CONSTRAINT `fk_posts_tag_id_tags_id_fk` FOREIGN KEY (`tag_id`) REFERENCES `tags`(`id`) ON DELETE SET NULL
);
--> statement-breakpoint
CREATE TABLE `tags` (
	`id` integer PRIMARY KEY,
	`label` text UNIQUE
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY,
	`name` text
);
