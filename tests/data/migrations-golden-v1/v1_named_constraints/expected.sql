CREATE TABLE `members` (
	`user_id` integer NOT NULL,
	`group_id` integer NOT NULL,
	`role` text NOT NULL,
	`badge` text CONSTRAINT `members_badge_key` UNIQUE,
	CONSTRAINT `members_key` PRIMARY KEY(`user_id`, `group_id`),
	CONSTRAINT `members_user_fk` FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE CASCADE ON DELETE RESTRICT,
	CONSTRAINT `members_group_id_role_unique` UNIQUE(`group_id`,`role`)
);
