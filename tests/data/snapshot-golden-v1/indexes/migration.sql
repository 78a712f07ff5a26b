CREATE TABLE `accounts` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`email` text NOT NULL UNIQUE,
	`handle` text NOT NULL,
	`tenant` integer NOT NULL,
	`deleted_at` integer,
	`score` integer
);
--> statement-breakpoint
CREATE TABLE `notes` (
	`id` integer PRIMARY KEY,
	`body` text
);
--> statement-breakpoint
CREATE INDEX `accounts_tenant_idx` ON `accounts` (`tenant`);--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_tenant_handle_uq` ON `accounts` (`tenant`,`handle`);--> statement-breakpoint
CREATE INDEX `accounts_live_idx` ON `accounts` (`handle`) WHERE "accounts"."deleted_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_lower_email_uq` ON `accounts` (lower("email"));--> statement-breakpoint
CREATE INDEX `accounts_mixed_idx` ON `accounts` (`tenant`,lower("handle"),coalesce("score", 0));--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_partial_uq` ON `accounts` (`handle`,`tenant`) WHERE "accounts"."deleted_at" is null and "accounts"."score" > 0;--> statement-breakpoint
CREATE INDEX `accounts_desc_idx` ON `accounts` ("score" desc);--> statement-breakpoint
CREATE INDEX `notes_body_len_idx` ON `notes` (length("body"));