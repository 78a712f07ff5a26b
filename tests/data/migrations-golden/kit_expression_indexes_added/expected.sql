CREATE UNIQUE INDEX `contacts_email_ci_key` ON `contacts` (lower("email"));--> statement-breakpoint
CREATE INDEX `contacts_email_name_idx` ON `contacts` (lower("email"),lower("name"));--> statement-breakpoint
CREATE INDEX `contacts_email_mixed_idx` ON `contacts` (lower("email"),`email`) WHERE "contacts"."email" is not null;