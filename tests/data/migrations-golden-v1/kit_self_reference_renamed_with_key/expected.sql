ALTER TABLE `employees` RENAME TO `staff`;--> statement-breakpoint
ALTER TABLE `staff` RENAME COLUMN `id` TO `staff_id`;