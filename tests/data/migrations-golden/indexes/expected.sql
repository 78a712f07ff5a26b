DROP INDEX `books_title_idx`;--> statement-breakpoint
DROP INDEX `books_author_idx`;--> statement-breakpoint
CREATE UNIQUE INDEX `books_isbn_unique` ON `books` (`isbn`);--> statement-breakpoint
CREATE INDEX `books_recent_idx` ON `books` (`year`) WHERE "books"."year" > 2000;--> statement-breakpoint
CREATE UNIQUE INDEX `books_author_title_year_unique` ON `books` (`author`,`title`,`year`);--> statement-breakpoint
CREATE INDEX `books_author_idx` ON `books` (`author`,`year`);