DROP INDEX IF EXISTS `posts_title_idx`;--> statement-breakpoint
DROP TABLE `posts`;