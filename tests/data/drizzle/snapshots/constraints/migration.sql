CREATE TABLE `assignments` (
	`employee_id` integer NOT NULL,
	`badge_slug` text NOT NULL,
	`year` integer NOT NULL,
	PRIMARY KEY(`employee_id`, `badge_slug`, `year`),
	FOREIGN KEY (`employee_id`) REFERENCES `employees`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`badge_slug`) REFERENCES `badges`(`slug`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `badges` (
	`slug` text PRIMARY KEY
);
--> statement-breakpoint
CREATE TABLE `employees` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`manager_id` integer,
	`mentor_id` integer,
	`office_id` integer,
	FOREIGN KEY (`manager_id`) REFERENCES `employees`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`mentor_id`) REFERENCES `employees`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`office_id`) REFERENCES `offices`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `offices` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`country` text NOT NULL,
	`region_code` text NOT NULL,
	`label` text,
	`city` text,
	FOREIGN KEY (`country`,`region_code`) REFERENCES `regions`(`country`,`code`) ON UPDATE cascade ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `offices_label_city` ON `offices` (`label`,`city`);--> statement-breakpoint
CREATE UNIQUE INDEX `offices_city_unique` ON `offices` (`city`);--> statement-breakpoint
CREATE TABLE `regions` (
	`country` text NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	PRIMARY KEY(`country`, `code`)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `regions_name_unique` ON `regions` (`name`);--> statement-breakpoint
CREATE UNIQUE INDEX `regions_name_country_unique` ON `regions` (`name`,`country`);