DROP VIEW `recent_posts`;--> statement-breakpoint
CREATE VIEW `recent_posts` AS select id, title from posts order by id;