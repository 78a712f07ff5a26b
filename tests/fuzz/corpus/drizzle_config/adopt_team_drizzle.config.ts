import { defineConfig } from "drizzle-kit";

// The team's config, as drizzle-kit reads it.
export default defineConfig({
  dialect: "sqlite",
  schema: "./src/db/schema",
  out: "./drizzle",
  casing: "snake_case",
});
