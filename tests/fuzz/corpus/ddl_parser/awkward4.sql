CREATE UNIQUE INDEX "order_flag_unique" ON "order" ("flag");
