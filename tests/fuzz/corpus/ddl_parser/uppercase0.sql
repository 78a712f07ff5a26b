-- Uppercase in the shape an ORM migration tool writes: NOT NULL before PRIMARY KEY, named foreign keys, camelCase.
CREATE TABLE "User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
