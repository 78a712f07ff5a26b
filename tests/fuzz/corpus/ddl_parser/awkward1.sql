CREATE TABLE order_lines (
    order_id integer NOT NULL,
    line integer NOT NULL,
    sku text NOT NULL COLLATE NOCASE,
    qty integer NOT NULL DEFAULT 1,
    PRIMARY KEY (order_id, line),
    CONSTRAINT lines_order_fk FOREIGN KEY (order_id) REFERENCES "order" (id) ON UPDATE CASCADE ON DELETE CASCADE
        DEFERRABLE INITIALLY DEFERRED,
    UNIQUE (order_id, sku)
);
