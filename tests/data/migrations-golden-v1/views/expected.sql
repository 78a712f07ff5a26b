DROP VIEW `old_view`;--> statement-breakpoint
DROP VIEW `user_names`;--> statement-breakpoint
CREATE VIEW `new_view` AS select "id", "name" from "users";--> statement-breakpoint
CREATE VIEW `user_names` AS select "id", "name" from "users" where "name" is not null;