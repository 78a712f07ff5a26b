CREATE TABLE `alpha` (
	`id` integer PRIMARY KEY,
	`code` text CONSTRAINT `alpha_code_named` UNIQUE
);
--> statement-breakpoint
CREATE TABLE `beta` (
	`slug` text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE `delta` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`y` integer UNIQUE,
	`z` integer CONSTRAINT `delta_z_named` UNIQUE,
	`w` text
);
--> statement-breakpoint
CREATE TABLE `epsilon` (
	`n` integer,
	`note` text DEFAULT 'no key'
);
--> statement-breakpoint
CREATE TABLE `gamma` (
	`p` integer,
	`q` integer,
	CONSTRAINT `gamma_pk` PRIMARY KEY(`p`, `q`)
);
--> statement-breakpoint
CREATE TABLE `zeta` (
	`id` integer,
	CONSTRAINT `zeta_key` PRIMARY KEY(`id`)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `delta_w_idx` ON `delta` (`w`);