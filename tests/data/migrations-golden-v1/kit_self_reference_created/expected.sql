CREATE TABLE `employees` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`name` text,
	`manager_id` integer,
	CONSTRAINT `fk_employees_manager_id_employees_id_fk` FOREIGN KEY (`manager_id`) REFERENCES `employees`(`id`)
);
