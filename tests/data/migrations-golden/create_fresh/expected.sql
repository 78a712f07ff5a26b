CREATE TABLE `omega` (
	`id` integer PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE `post_tags` (
	`post_id` integer NOT NULL,
	`tag_id` integer NOT NULL,
	PRIMARY KEY(`post_id`, `tag_id`),
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`tag_id`) REFERENCES `tags`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `posts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`author_id` integer NOT NULL,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `posts_title_idx` ON `posts` (`title`);--> statement-breakpoint
CREATE TABLE `products` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`price` real NOT NULL,
	`price_with_tax` real GENERATED ALWAYS AS (price * 1.2) VIRTUAL,
	`double_price` real GENERATED ALWAYS AS (price * 2) STORED,
	`sku` text NOT NULL,
	`owner_id` integer,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE cascade ON DELETE set null,
	CONSTRAINT "price_positive" CHECK("products"."price" > 0)
);
--> statement-breakpoint
CREATE INDEX `products_sku_price_idx` ON `products` (`sku`,`price`) WHERE "products"."price" > 10;--> statement-breakpoint
CREATE INDEX `products_lower_sku_idx` ON `products` (lower("sku"));--> statement-breakpoint
CREATE UNIQUE INDEX `products_sku_owner_id_unique` ON `products` (`sku`,`owner_id`);--> statement-breakpoint
CREATE TABLE `tags` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`label` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
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
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE TABLE `alpha` (
	`id` integer PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE VIEW `active_users` AS select "id", "email" from "users" where "is_active" = 1;