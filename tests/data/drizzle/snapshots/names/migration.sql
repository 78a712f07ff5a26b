CREATE TABLE `2024` (
	`id` integer PRIMARY KEY NOT NULL,
	`note` text DEFAULT 'it''s'
);
--> statement-breakpoint
CREATE TABLE `MixedCase` (
	`ID` integer PRIMARY KEY NOT NULL,
	`Name` text
);
--> statement-breakpoint
CREATE TABLE `café_crème` (
	`id` integer PRIMARY KEY NOT NULL,
	`naïve` text NOT NULL,
	`emoji_🎉` text DEFAULT '🎉',
	`order_id` integer,
	FOREIGN KEY (`order_id`) REFERENCES `order`(`select`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `café_crème_naïve_unique` ON `café_crème` (`naïve`);--> statement-breakpoint
CREATE TABLE `order` (
	`2` integer NOT NULL,
	`10` integer,
	`select` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`group` text NOT NULL,
	`from` text DEFAULT 'where',
	`it"s` text DEFAULT '"quoted"',
	`back`tick` text,
	`with space` text,
	`table` integer,
	FOREIGN KEY (`table`) REFERENCES `aaa_first_by_name`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `order_group_unique` ON `order` (`group`);--> statement-breakpoint
CREATE INDEX `order by group` ON `order` (`group`,`from`);--> statement-breakpoint
CREATE INDEX `idx "q" `t`` ON `order` (`it"s`,`back`tick`);--> statement-breakpoint
CREATE TABLE `aaa_first_by_name` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL
);
--> statement-breakpoint
CREATE TABLE `ligature_table` (
	`id` integer PRIMARY KEY NOT NULL
);
