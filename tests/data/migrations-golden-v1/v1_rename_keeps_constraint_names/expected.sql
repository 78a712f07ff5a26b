ALTER TABLE `tags` RENAME TO `labels`;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_post_tags` (
	`tag_id` integer NOT NULL,
	`note` text NOT NULL,
	CONSTRAINT `fk_post_tags_tag_id_tags_id_fk` FOREIGN KEY (`tag_id`) REFERENCES `labels`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
INSERT INTO `__new_post_tags`(`tag_id`, `note`) SELECT `tag_id`, `note` FROM `post_tags`;--> statement-breakpoint
DROP TABLE `post_tags`;--> statement-breakpoint
ALTER TABLE `__new_post_tags` RENAME TO `post_tags`;--> statement-breakpoint
PRAGMA foreign_keys=ON;