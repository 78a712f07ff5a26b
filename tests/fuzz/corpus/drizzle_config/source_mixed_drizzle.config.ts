import type { Config } from "drizzle-kit";

const config: Config = {
  dialect: "sqlite",
  schema: "./schema",
  out: "./drizzle",
};

export default config;
