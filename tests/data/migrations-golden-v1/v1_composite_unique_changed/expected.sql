PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_books` (
	`id` integer PRIMARY KEY AUTOINCREMENT,
	`title` text NOT NULL,
	`author` text,
	`year` integer,
	CONSTRAINT `books_title_author_year_unique` UNIQUE(`title`,`author`,`year`)
);
--> statement-breakpoint
INSERT INTO `__new_books`(`id`, `title`, `author`, `year`) SELECT `id`, `title`, `author`, `year` FROM `books`;--> statement-breakpoint
DROP TABLE `books`;--> statement-breakpoint
ALTER TABLE `__new_books` RENAME TO `books`;--> statement-breakpoint
PRAGMA foreign_keys=ON;