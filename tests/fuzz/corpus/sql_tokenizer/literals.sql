SELECT x'00ff', 0x1F, 1.5e3, .5, ?1, :name, @v, $w, 'it''s', "a""b", `c``d`, [e f] || -- c
 a <= b <> c != d >= e << 1 >> 2 /* end */;
