import { sql } from "drizzle-orm";
import { integer, sqliteView, text } from "drizzle-orm/sqlite-core";

// Views are not re-exported by index.ts: drizzle-kit reads every file of the folder and would see them twice.
/** What the front page lists. */
export const publishedPosts = sqliteView("published_posts", {
  id: integer(),
  title: text(),
}).as(sql`select "id", "title" from "posts" where "published" = 1`);
