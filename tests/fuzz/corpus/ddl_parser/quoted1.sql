CREATE INDEX "order items by sku" ON [order items] ('sku', "qty");
