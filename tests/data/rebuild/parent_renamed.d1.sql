ALTER TABLE `authors` RENAME TO `writers`;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=on;--> statement-breakpoint
DROP VIEW `v_reviews`;--> statement-breakpoint
CREATE INDEX `__fk_tmp_books_author_id` ON `books` (`author_id`);--> statement-breakpoint
CREATE INDEX `__fk_tmp_pins_author_id` ON `pins` (`author_id`);--> statement-breakpoint
CREATE TABLE `__keep_notes` AS SELECT `id`, `author_id`, `body`, `score`, `payload` FROM `notes`;--> statement-breakpoint
CREATE TABLE `__keep_reviews` AS SELECT `id`, `body`, `rating`, `slug`, `author_id` FROM `reviews`;--> statement-breakpoint
CREATE TABLE `__keep_review_votes` AS SELECT `id`, `review_id`, `voter`, `up` FROM `review_votes`;--> statement-breakpoint
DELETE FROM `review_votes`;--> statement-breakpoint
DELETE FROM `reviews`;--> statement-breakpoint
DELETE FROM `notes`;--> statement-breakpoint
CREATE TABLE `__new_writers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text,
	`mentor_id` integer,
	FOREIGN KEY (`mentor_id`) REFERENCES `__new_writers`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_writers`("id", "name", "mentor_id") SELECT "id", "name", "mentor_id" FROM `writers`;--> statement-breakpoint
DELETE FROM sqlite_sequence WHERE name = '__new_writers';--> statement-breakpoint
INSERT INTO sqlite_sequence (name, seq) SELECT '__new_writers', seq FROM sqlite_sequence WHERE name = 'writers';--> statement-breakpoint
CREATE INDEX `__fk_tmp_writers_mentor_id` ON `writers` (`mentor_id`);--> statement-breakpoint
DROP TABLE `writers`;--> statement-breakpoint
ALTER TABLE `__new_writers` RENAME TO `writers`;--> statement-breakpoint
INSERT INTO `notes` (`id`, `author_id`, `body`, `score`, `payload`) SELECT `id`, `author_id`, `body`, `score`, `payload` FROM `__keep_notes`;--> statement-breakpoint
DROP TABLE `__keep_notes`;--> statement-breakpoint
INSERT INTO `reviews` (`id`, `body`, `rating`, `slug`, `author_id`) SELECT `id`, `body`, `rating`, `slug`, `author_id` FROM `__keep_reviews`;--> statement-breakpoint
DROP TABLE `__keep_reviews`;--> statement-breakpoint
INSERT INTO `review_votes` (`id`, `review_id`, `voter`, `up`) SELECT `id`, `review_id`, `voter`, `up` FROM `__keep_review_votes`;--> statement-breakpoint
DROP TABLE `__keep_review_votes`;--> statement-breakpoint
DROP INDEX `__fk_tmp_books_author_id`;--> statement-breakpoint
DROP INDEX `__fk_tmp_pins_author_id`;--> statement-breakpoint
CREATE VIEW `v_reviews` AS select r.id, r.slug, r.author_id, (select count(*) from review_votes v where v.review_id = r.id) as votes from reviews r;--> statement-breakpoint
CREATE TABLE `__fk_assert` (n INTEGER CONSTRAINT `foreign_key_violation_after_rebuild_of_writers` CHECK (n = 0));--> statement-breakpoint
INSERT INTO `__fk_assert` SELECT count(*) FROM pragma_foreign_key_check('writers');--> statement-breakpoint
INSERT INTO `__fk_assert` SELECT count(*) FROM pragma_foreign_key_check('books');--> statement-breakpoint
INSERT INTO `__fk_assert` SELECT count(*) FROM pragma_foreign_key_check('notes');--> statement-breakpoint
INSERT INTO `__fk_assert` SELECT count(*) FROM pragma_foreign_key_check('pins');--> statement-breakpoint
INSERT INTO `__fk_assert` SELECT count(*) FROM pragma_foreign_key_check('review_votes');--> statement-breakpoint
INSERT INTO `__fk_assert` SELECT count(*) FROM pragma_foreign_key_check('reviews');--> statement-breakpoint
DROP TABLE `__fk_assert`;--> statement-breakpoint
PRAGMA defer_foreign_keys=off;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_books` (
	`id` integer PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`author_id` integer NOT NULL,
	FOREIGN KEY (`author_id`) REFERENCES `writers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_books`("id", "title", "author_id") SELECT "id", "title", "author_id" FROM `books`;--> statement-breakpoint
DROP TABLE `books`;--> statement-breakpoint
ALTER TABLE `__new_books` RENAME TO `books`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_notes` (
	`id` integer PRIMARY KEY NOT NULL,
	`author_id` integer,
	`body` text NOT NULL,
	`score` real,
	`payload` blob,
	FOREIGN KEY (`author_id`) REFERENCES `writers`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_notes`("id", "author_id", "body", "score", "payload") SELECT "id", "author_id", "body", "score", "payload" FROM `notes`;--> statement-breakpoint
DROP TABLE `notes`;--> statement-breakpoint
ALTER TABLE `__new_notes` RENAME TO `notes`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_pins` (
	`id` integer PRIMARY KEY NOT NULL,
	`author_id` integer NOT NULL,
	`label` text NOT NULL,
	FOREIGN KEY (`author_id`) REFERENCES `writers`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `__new_pins`("id", "author_id", "label") SELECT "id", "author_id", "label" FROM `pins`;--> statement-breakpoint
DROP TABLE `pins`;--> statement-breakpoint
ALTER TABLE `__new_pins` RENAME TO `pins`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=on;--> statement-breakpoint
DROP VIEW `v_reviews`;--> statement-breakpoint
CREATE TABLE `__keep_review_votes` AS SELECT `id`, `review_id`, `voter`, `up` FROM `review_votes`;--> statement-breakpoint
DELETE FROM `review_votes`;--> statement-breakpoint
CREATE TABLE `__new_reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`body` text NOT NULL,
	`rating` integer,
	`slug` text NOT NULL,
	`author_id` integer NOT NULL,
	FOREIGN KEY (`author_id`) REFERENCES `writers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_reviews`("id", "body", "rating", "slug", "author_id") SELECT "id", "body", "rating", "slug", "author_id" FROM `reviews`;--> statement-breakpoint
DELETE FROM sqlite_sequence WHERE name = '__new_reviews';--> statement-breakpoint
INSERT INTO sqlite_sequence (name, seq) SELECT '__new_reviews', seq FROM sqlite_sequence WHERE name = 'reviews';--> statement-breakpoint
DROP TABLE `reviews`;--> statement-breakpoint
ALTER TABLE `__new_reviews` RENAME TO `reviews`;--> statement-breakpoint
CREATE INDEX `reviews_author_idx` ON `reviews` (`author_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `reviews_slug_uq` ON `reviews` (`slug`);--> statement-breakpoint
INSERT INTO `review_votes` (`id`, `review_id`, `voter`, `up`) SELECT `id`, `review_id`, `voter`, `up` FROM `__keep_review_votes`;--> statement-breakpoint
DROP TABLE `__keep_review_votes`;--> statement-breakpoint
CREATE VIEW `v_reviews` AS select r.id, r.slug, r.author_id, (select count(*) from review_votes v where v.review_id = r.id) as votes from reviews r;--> statement-breakpoint
CREATE TABLE `__fk_assert` (n INTEGER CONSTRAINT `foreign_key_violation_after_rebuild_of_reviews` CHECK (n = 0));--> statement-breakpoint
INSERT INTO `__fk_assert` SELECT count(*) FROM pragma_foreign_key_check('reviews');--> statement-breakpoint
INSERT INTO `__fk_assert` SELECT count(*) FROM pragma_foreign_key_check('review_votes');--> statement-breakpoint
DROP TABLE `__fk_assert`;--> statement-breakpoint
PRAGMA defer_foreign_keys=off;--> statement-breakpoint
PRAGMA foreign_keys=ON;