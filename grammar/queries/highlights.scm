; Syntax highlighting for rustc `-Zdump-mir` text (tree-sitter grammar "mir").
; Capture names follow the common tree-sitter convention. Where several patterns
; match one node, editors that let the first pattern win (tree-sitter CLI) and
; editors that let the last one win (Neovim) both get a sensible result, because
; specific patterns never conflict with the general ones below on the same node.

; ------------------------------------------------------------------ comments
(comment) @comment
(block_comment) @comment
(annotation) @comment
"*/" @comment

(mir_header "// MIR for `" @comment)
(mir_header "`" @comment)
(mir_header def_path: (def_path) @function)
(mir_header pass: (pass) @attribute)

; ------------------------------------------------------------------ keywords
[
  "fn"
  "const"
  "static"
  "mut"
  "promoted"
  "in"
  "yields"
  "let"
  "debug"
  "scope"
  "inlined"
  "coroutine"
  "coverage"
  "layout"
  "field"
  "as"
  "from"
  "raw"
  "fake"
  "StorageLive"
  "StorageDead"
  "discriminant"
  "nop"
  "goto"
  "switchInt"
  "return"
  "resume"
  "unreachable"
  "coroutine_drop"
  "drop"
  "assert"
  "yield"
  "falseEdge"
  "falseUnwind"
  "asm!"
  "tailcall"
  "unwind"
  "continue"
  "terminate"
] @keyword

(mutable) @keyword
(copy) @keyword
(move) @keyword
(deref_copy) @keyword
; rustc's own spelling of these lines is one token each (docs/grammar.md), so the whole
; line is one capture; other spellings get the keyword and its parts captured separately
(let_head) @keyword
(storage_live) @keyword
(storage_dead) @keyword
(goto) @keyword
(generic_terminator kind: (identifier) @keyword)
(generic_statement kind: (identifier) @function)

; ------------------------------------------------------------------ items
(function name: (def_path) @function)
(const_item name: (def_path) @constant)
(static_item name: (def_path) @constant)
(promoted_item name: (def_path) @constant)
(anon_const_item name: (def_path) @constant)
(scope inlined: (paren_text) @function)

; ------------------------------------------------------------------ blocks
(label) @label
(block_head) @label
(cleanup) @attribute
(target kind: (identifier) @property)
(switch_arm value: (identifier) @constant)
(unwind_action action: (identifier) @constant)

; ------------------------------------------------------------------ locals and places
(parameter local: (local) @variable.parameter)
(local) @variable
(saved_local) @variable
(debug name: (name) @variable)
(coroutine_debug name: (name) @variable)
(field index: (integer) @property)
(downcast variant: (variant_index) @constant)
(downcast variant: (identifier) @constant)
(field_init name: (identifier) @property)
(field_init name: (integer) @property)

; ------------------------------------------------------------------ rvalues
(call_expr function: (path) @function)
(cast kind: (paren_text) @attribute)
(aggregate type: (path) @type)
(raw_ptr type: (type) @type)
(repeat count: (paren_text_bracket) @number)
(index index: (paren_text_bracket) @number)
(inline_asm (paren_text) @string)
(not) @operator

; ------------------------------------------------------------------ types
(type) @type
(span) @string

; ------------------------------------------------------------------ layout
(layout kind: (identifier) @type)
(saved_ty kind: (identifier) @type)
["BitMatrix" "SourceInfo"] @type
["field_tys" "variant_fields" "storage_conflicts" "ty" "source_info" "span"] @property
(attribute name: (identifier) @property)
(layout_other name: (identifier) @property)
(variant name: (identifier) @constant)
(value) @constant
(dims) @number

; ------------------------------------------------------------------ literals
((const_value) @string
 (#match? @string "^b?\""))
((const_value) @number
 (#match? @number "^-?[0-9]"))
(const_value) @constant
(string) @string
(char) @string
(integer) @number
(variant_index) @constant

; ------------------------------------------------------------------ allocations
(alloc_name) @constant
(alloc_line) @string

; ------------------------------------------------------------------ punctuation
["=" "=>" "->" "&" "*"] @operator
["(" ")" "[" "]" "{" "}"] @punctuation.bracket
["," ";" ":" "."] @punctuation.delimiter

(no_retag) @keyword
(ref_kind) @keyword
