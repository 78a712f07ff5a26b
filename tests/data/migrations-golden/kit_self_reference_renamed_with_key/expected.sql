ALTER TABLE `employees` RENAME TO `staff`;--> statement-breakpoint
ALTER TABLE `staff` RENAME COLUMN "id" TO "staff_id";--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_staff` (
	`staff_id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text,
	`manager_id` integer,
	FOREIGN KEY (`manager_id`) REFERENCES `staff`(`staff_id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_staff`("staff_id", "name", "manager_id") SELECT "staff_id", "name", "manager_id" FROM `staff`;--> statement-breakpoint
DROP TABLE `staff`;--> statement-breakpoint
ALTER TABLE `__new_staff` RENAME TO `staff`;--> statement-breakpoint
PRAGMA foreign_keys=ON;