import { relations } from "drizzle-orm";
import { users } from "./users";
import { projects, memberships } from "./projects";

export const usersRelations = relations(users, ({ many }) => ({
  projects: many(projects),
  memberships: many(memberships),
}));

export const projectsRelations = relations(projects, ({ one, many }) => ({
  owner: one(users, { fields: [projects.ownerId], references: [users.id] }),
  memberships: many(memberships),
}));
