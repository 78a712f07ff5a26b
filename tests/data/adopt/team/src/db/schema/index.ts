export * from "./users";
export * from "./posts";
export * from "./tags";
