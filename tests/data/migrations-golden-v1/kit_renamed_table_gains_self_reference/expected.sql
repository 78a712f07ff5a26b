ALTER TABLE `employees` RENAME TO `staff`;--> statement-breakpoint
ALTER TABLE `staff` ADD `manager_id` integer REFERENCES staff(id);