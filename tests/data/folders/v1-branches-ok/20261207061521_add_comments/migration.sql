CREATE TABLE `comments` (
	`id` integer PRIMARY KEY,
	`post_id` integer NOT NULL,
	`body` text NOT NULL,
	CONSTRAINT `fk_comments_post_id_posts_id_fk` FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`)
);
