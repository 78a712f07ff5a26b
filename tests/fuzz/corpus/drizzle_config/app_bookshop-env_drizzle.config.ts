import { defineConfig } from "drizzle-kit";

export default defineConfig({
  schema: process.env.SCHEMA_PATH!,
  out: "./drizzle",
  dialect: "sqlite",
});
