ALTER TABLE `services` RENAME COLUMN "id" TO "service_key";--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_service_links` (
	`id` integer PRIMARY KEY NOT NULL,
	`client_id` integer,
	FOREIGN KEY (`client_id`) REFERENCES `services`(`service_key`) ON UPDATE restrict ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_service_links`("id", "client_id") SELECT "id", "client_id" FROM `service_links`;--> statement-breakpoint
DROP TABLE `service_links`;--> statement-breakpoint
ALTER TABLE `__new_service_links` RENAME TO `service_links`;--> statement-breakpoint
PRAGMA foreign_keys=ON;