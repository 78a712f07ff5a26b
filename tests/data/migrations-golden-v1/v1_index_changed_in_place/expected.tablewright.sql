DROP INDEX IF EXISTS `posts_title_idx`;--> statement-breakpoint
CREATE INDEX `posts_title_idx` ON `posts` (`title`,`author_id`) WHERE "posts"."title" <> '';