CREATE UNIQUE INDEX "order_label_uq" ON "order" (lower("say ""hi"""), `back``tick` DESC);
