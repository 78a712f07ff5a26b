CREATE TABLE `omega` (
	`id` integer PRIMARY KEY
);
--> statement-breakpoint
CREATE TABLE `post_tags` (
	`post_id` integer NOT NULL,
	`tag_id` integer NOT NULL,
	CONSTRAINT `post_tags_pk` PRIMARY KEY(`post_id`, `tag_id`),
	CONSTRAINT `fk_post_tags_post_id_posts_id_fk` FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON DELETE CASCADE,
	CONSTRAINT `fk_post_tags_tag_id_tags_id_fk` FOREIGN KEY (`tag_id`) REFERENCES `tags`(`id`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `posts` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`title` text NOT NULL,
	`author_id` integer NOT NULL,
	CONSTRAINT `fk_posts_author_id_users_id_fk` FOREIGN KEY (`author_id`) REFERENCES `users`(`id`)
);
--> statement-breakpoint
CREATE TABLE `products` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`price` real NOT NULL,
	`price_with_tax` real GENERATED ALWAYS AS (price * 1.2) VIRTUAL,
	`double_price` real GENERATED ALWAYS AS (price * 2) STORED,
	`sku` text NOT NULL,
	`owner_id` integer,
	CONSTRAINT `fk_products_owner_id_users_id_fk` FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE CASCADE ON DELETE SET NULL,
	CONSTRAINT `products_sku_owner_id_unique` UNIQUE(`sku`,`owner_id`),
	CONSTRAINT "price_positive" CHECK("price" > 0)
);
--> statement-breakpoint
CREATE TABLE `tags` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`label` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`email` text NOT NULL UNIQUE,
	`name` text(255),
	`is_active` integer DEFAULT true NOT NULL,
	`score` real DEFAULT 1.5,
	`visits` integer DEFAULT 1000 NOT NULL,
	`created_at` integer DEFAULT (cast((julianday('now') - 2440587.5)*86400000 as integer)),
	`balance` numeric DEFAULT 0,
	`motto` text DEFAULT 'it''s',
	`prefs` text DEFAULT '{}'
);
--> statement-breakpoint
CREATE TABLE `alpha` (
	`id` integer PRIMARY KEY
);
--> statement-breakpoint
CREATE INDEX `posts_title_idx` ON `posts` (`title`);--> statement-breakpoint
CREATE INDEX `products_sku_price_idx` ON `products` (`sku`,`price`) WHERE "products"."price" > 10;--> statement-breakpoint
CREATE INDEX `products_lower_sku_idx` ON `products` (lower("sku"));--> statement-breakpoint
CREATE VIEW `active_users` AS select "id", "email" from "users" where "is_active" = 1;