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
CREATE TABLE `__new_authors` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text DEFAULT 'anon',
	`mentor_id` integer,
	FOREIGN KEY (`mentor_id`) REFERENCES `__new_authors`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_authors`("id", "name", "mentor_id") SELECT "id", "name", "mentor_id" FROM `authors`;--> statement-breakpoint
DELETE FROM sqlite_sequence WHERE name = '__new_authors';--> statement-breakpoint
INSERT INTO sqlite_sequence (name, seq) SELECT '__new_authors', seq FROM sqlite_sequence WHERE name = 'authors';--> statement-breakpoint
CREATE INDEX `__fk_tmp_authors_mentor_id` ON `authors` (`mentor_id`);--> statement-breakpoint
DROP TABLE `authors`;--> statement-breakpoint
ALTER TABLE `__new_authors` RENAME TO `authors`;--> statement-breakpoint
INSERT INTO `notes` (`id`, `author_id`, `body`, `score`, `payload`) SELECT `id`, `author_id`, `body`, `score`, `payload` FROM `__keep_notes`;--> statement-breakpoint
DROP TABLE `__keep_notes`;--> statement-breakpoint
INSERT INTO `reviews` (`id`, `body`, `rating`, `slug`, `author_id`) SELECT `id`, `body`, `rating`, `slug`, `author_id` FROM `__keep_reviews`;--> statement-breakpoint
DROP TABLE `__keep_reviews`;--> statement-breakpoint
INSERT INTO `review_votes` (`id`, `review_id`, `voter`, `up`) SELECT `id`, `review_id`, `voter`, `up` FROM `__keep_review_votes`;--> statement-breakpoint
DROP TABLE `__keep_review_votes`;--> statement-breakpoint
DROP INDEX `__fk_tmp_books_author_id`;--> statement-breakpoint
DROP INDEX `__fk_tmp_pins_author_id`;--> statement-breakpoint
CREATE VIEW `v_reviews` AS select r.id, r.slug, r.author_id, (select count(*) from review_votes v where v.review_id = r.id) as votes from reviews r;--> statement-breakpoint
CREATE TABLE `__fk_assert` (n INTEGER CONSTRAINT `foreign_key_violation_after_rebuild_of_authors` CHECK (n = 0));--> statement-breakpoint
INSERT INTO `__fk_assert` SELECT count(*) FROM pragma_foreign_key_check('authors');--> statement-breakpoint
INSERT INTO `__fk_assert` SELECT count(*) FROM pragma_foreign_key_check('books');--> statement-breakpoint
INSERT INTO `__fk_assert` SELECT count(*) FROM pragma_foreign_key_check('notes');--> statement-breakpoint
INSERT INTO `__fk_assert` SELECT count(*) FROM pragma_foreign_key_check('pins');--> statement-breakpoint
INSERT INTO `__fk_assert` SELECT count(*) FROM pragma_foreign_key_check('review_votes');--> statement-breakpoint
INSERT INTO `__fk_assert` SELECT count(*) FROM pragma_foreign_key_check('reviews');--> statement-breakpoint
DROP TABLE `__fk_assert`;--> statement-breakpoint
PRAGMA defer_foreign_keys=off;--> statement-breakpoint
PRAGMA foreign_keys=ON;