CREATE TABLE `assignments` (
	`employee_id` integer NOT NULL,
	`badge_slug` text NOT NULL,
	`year` integer NOT NULL,
	CONSTRAINT `assignment_key` PRIMARY KEY(`employee_id`, `badge_slug`, `year`),
	CONSTRAINT `fk_assignments_employee_id_employees_id_fk` FOREIGN KEY (`employee_id`) REFERENCES `employees`(`id`),
	CONSTRAINT `fk_assignments_badge_slug_badges_slug_fk` FOREIGN KEY (`badge_slug`) REFERENCES `badges`(`slug`)
);
--> statement-breakpoint
CREATE TABLE `badges` (
	`slug` text PRIMARY KEY
);
--> statement-breakpoint
CREATE TABLE `employees` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`manager_id` integer,
	`mentor_id` integer,
	`office_id` integer,
	CONSTRAINT `fk_employees_manager_id_employees_id_fk` FOREIGN KEY (`manager_id`) REFERENCES `employees`(`id`) ON DELETE SET NULL,
	CONSTRAINT `employees_mentor_fk` FOREIGN KEY (`mentor_id`) REFERENCES `employees`(`id`) ON DELETE RESTRICT,
	CONSTRAINT `fk_employees_office_id_offices_id_fk` FOREIGN KEY (`office_id`) REFERENCES `offices`(`id`)
);
--> statement-breakpoint
CREATE TABLE `offices` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`country` text NOT NULL,
	`region_code` text NOT NULL,
	`label` text,
	`city` text UNIQUE,
	CONSTRAINT `fk_offices_country_region_code_regions_country_code_fk` FOREIGN KEY (`country`,`region_code`) REFERENCES `regions`(`country`,`code`) ON UPDATE CASCADE ON DELETE CASCADE,
	CONSTRAINT `offices_label_city` UNIQUE(`label`,`city`)
);
--> statement-breakpoint
CREATE TABLE `regions` (
	`country` text NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL UNIQUE,
	CONSTRAINT `regions_pk` PRIMARY KEY(`country`, `code`),
	CONSTRAINT `regions_name_country_unique` UNIQUE(`name`,`country`)
);
