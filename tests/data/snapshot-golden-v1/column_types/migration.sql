CREATE TABLE `codes` (
	`code` text PRIMARY KEY,
	`rank` real NOT NULL
);
--> statement-breakpoint
CREATE TABLE `every_type` (
	`id` integer PRIMARY KEY,
	`plain_int` integer,
	`as_number` integer NOT NULL,
	`as_boolean` integer,
	`as_timestamp` integer,
	`as_timestamp_ms` integer NOT NULL,
	`plain_text` text,
	`short_text` text(255),
	`one_char_text` text(1) NOT NULL,
	`enum_text` text,
	`json_text` text,
	`plain_real` real,
	`plain_blob` blob,
	`buffer_blob` blob,
	`json_blob` blob,
	`bigint_blob` blob,
	`plain_numeric` numeric,
	`number_numeric` numeric,
	`bigint_numeric` numeric NOT NULL
);
