CREATE TABLE `MixedCase` (
	`ID` integer PRIMARY KEY,
	`Name` text
);
--> statement-breakpoint
CREATE TABLE `café_crème` (
	`id` integer PRIMARY KEY,
	`naïve` text NOT NULL UNIQUE,
	`emoji_🎉` text DEFAULT '🎉',
	`order_id` integer,
	CONSTRAINT `fk_café_crème_order_id_order_select_fk` FOREIGN KEY (`order_id`) REFERENCES `order`(`select`) ON DELETE CASCADE
);
--> statement-breakpoint
CREATE TABLE `order` (
	`select` integer PRIMARY KEY AUTOINCREMENT,
	`group` text NOT NULL UNIQUE,
	`from` text DEFAULT 'where',
	`it"s` text DEFAULT '"quoted"',
	`back`tick` text,
	`with space` text,
	`10` integer,
	`2` integer NOT NULL,
	`table` integer,
	CONSTRAINT `fk_order_table_aaa_first_by_name_id_fk` FOREIGN KEY (`table`) REFERENCES `aaa_first_by_name`(`id`)
);
--> statement-breakpoint
CREATE TABLE `2024` (
	`id` integer PRIMARY KEY,
	`note` text DEFAULT 'it''s'
);
--> statement-breakpoint
CREATE TABLE `aaa_first_by_name` (
	`id` integer PRIMARY KEY AUTOINCREMENT
);
--> statement-breakpoint
CREATE TABLE `ligature_table` (
	`id` integer PRIMARY KEY
);
--> statement-breakpoint
CREATE INDEX `order by group` ON `order` (`group`,`from`);--> statement-breakpoint
CREATE INDEX `idx "q" `t`` ON `order` (`it"s`,`back`tick`);