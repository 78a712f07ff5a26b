PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_books` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`isbn` text NOT NULL UNIQUE,
	`title` text NOT NULL,
	`author` text,
	`year` integer,
	CONSTRAINT `books_title_author_key` UNIQUE(`title`,`author`),
	CONSTRAINT `books_author_title_year_unique` UNIQUE(`author`,`title`,`year`)
);
--> statement-breakpoint
INSERT INTO `__new_books`(`id`, `isbn`, `title`, `author`, `year`) SELECT `id`, `isbn`, `title`, `author`, `year` FROM `books`;--> statement-breakpoint
DROP TABLE `books`;--> statement-breakpoint
ALTER TABLE `__new_books` RENAME TO `books`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
DROP INDEX IF EXISTS `books_title_idx`;--> statement-breakpoint
CREATE INDEX `books_author_idx` ON `books` (`author`,`year`);--> statement-breakpoint
CREATE INDEX `books_recent_idx` ON `books` (`year`) WHERE "books"."year" > 2000;