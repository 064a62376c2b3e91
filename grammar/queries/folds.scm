; Code folding for rustc `-Zdump-mir` text (tree-sitter grammar "mir").
(body) @fold
(scope) @fold
(basic_block) @fold
(layout_comment) @fold
(layout_block) @fold
(field_tys) @fold
(variant_fields) @fold
(saved_ty) @fold
(alloc) @fold
