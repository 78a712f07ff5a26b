CREATE VIEW "big orders" ("id", "total") AS
    SELECT "id", "total" FROM "order" WHERE "total" > 100;
