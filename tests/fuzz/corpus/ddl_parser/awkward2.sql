CREATE INDEX "order_lines_live_idx" ON order_lines (sku) WHERE qty > 0;
