ALTER TABLE `service_links` RENAME COLUMN `service_id` TO `client_id`;--> statement-breakpoint
ALTER TABLE `services` RENAME COLUMN `id` TO `service_key`;