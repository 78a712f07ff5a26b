DROP INDEX `accounts_handle_key`;--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_handle_unique_key` ON `accounts` (`handle`);