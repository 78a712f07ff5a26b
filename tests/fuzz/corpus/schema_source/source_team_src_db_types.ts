import { customType } from "drizzle-orm/sqlite-core";

export type Settings = { theme: "dark" | "light"; pageSize: number };

// Stored as text, read back as a JS object.
export const jsonText = customType<{ data: Settings; driverData: string }>({
  dataType() {
    return "text";
  },
  toDriver(value: Settings): string {
    return JSON.stringify(value);
  },
  fromDriver(value: string): Settings {
    return JSON.parse(value) as Settings;
  },
});
