export * from "./users";
export * from "./projects";
export { reports, activeMembers } from "./views";
export * from "./relations";
