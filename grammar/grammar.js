/**
 * tree-sitter grammar for the text rustc writes with `-Zdump-mir` (MIR dumps).
 *
 * Design notes (see docs/grammar.md):
 * - Type text, paths, constants and other "balanced" text are single tokens produced by
 *   the external scanner (src/scanner.c).  MIR is dominated by type text; taking a whole
 *   balanced type as one token keeps the parse fast and makes any Rust type acceptable.
 * - Every statement and terminator form rustc prints has a rule; any other `Name...;`
 *   statement parses as `generic_statement` and any `Name... -> targets;` as
 *   `generic_terminator`, so a newer rustc never turns a block into an ERROR.
 * - The coroutine layout is parsed in all three eras: `/* generator_layout = ... *\/`,
 *   `/* coroutine_layout = ... *\/` and the in-body `coroutine layout { ... }` printer.
 *
 * Written for the tree-sitter 0.20.7 DSL (CommonJS, no `reserved`, no regex flags).
 */

const commaSep = (rule) => optional(commaSep1(rule));
const commaSep1 = (rule) => seq(rule, repeat(seq(',', rule)), optional(','));

module.exports = grammar({
  name: 'mir',

  externals: $ => [
    $._type_text,        // a balanced Rust type
    $._path_rest,        // `::<T>::f` right after an identifier (no space)
    $._path_bracketed,   // `<X as Y>::f`, `{closure@...}`, `[generator@...]`
    $._const_text,       // what follows `const`
    $._def_path_text,    // item name after `fn` / `const` / `static` / `in`
    $._raw_text,         // anything balanced up to `;`, newline or `->`
    $._paren_text,       // anything balanced up to a `)` at depth 0
    $._arg_type_text,    // a type as an argument: `SizeOf(T)`
    $._debug_text,       // an unusual `debug x => ...` value (not a place or constant)
    $._item_path_text,   // name of an anonymous constant item: `f::{constant#0}: usize = {`
    $._error_sentinel,
  ],

  extras: $ => [/\s/, $.comment, $.annotation],

  word: $ => $.identifier,

  inline: $ => [
    $._item, $._layout_field, $._declaration, $._debug_name, $._statement, $._terminator,
    $._rvalue, $._argument,
  ],

  conflicts: $ => [
    [$.operand, $.place],
    [$._rvalue, $.call_expr],
    [$.tuple, $.place],
  ],

  rules: {
    source_file: $ => repeat($._item),

    _item: $ => choice(
      $.mir_header,
      $.layout_comment,
      $.function,
      $.const_item,
      $.static_item,
      $.promoted_item,
      $.anon_const_item,
      $.alloc,
      $.block_comment,
    ),

    // ---------------------------------------------------------------- comments
    comment: $ => token(seq('//', /[^\n]*/)),
    annotation: $ => token(seq('|', /[^\n]*/)),
    block_comment: $ => token(seq('/*', /[^*]*\*+([^/*][^*]*\*+)*/, '/')),

    // `// MIR for `add::{closure#0}` 0 coroutine_resume`
    mir_header: $ => seq(
      token(prec(3, '// MIR for `')),
      field('def_path', alias(token.immediate(/[^`\n]+/), $.def_path)),
      token.immediate('`'),
      field('pass', alias(token.immediate(/[^\n]+/), $.pass)),
    ),

    // ---------------------------------------------------------------- layout
    layout_comment: $ => seq(
      token(prec(3, /\/\*[ \t]*(coroutine|generator)_layout[ \t]*=/)),
      field('layout', $.layout),
      '*/',
    ),

    layout: $ => seq(
      field('kind', $.identifier),
      '{',
      commaSep($._layout_field),
      '}',
    ),

    _layout_field: $ => choice(
      $.upvar_start,
      $.field_tys,
      $.variant_fields,
      $.storage_conflicts,
      $.layout_other,
    ),

    // `upvar_start: _0,` (newer era-2 layouts): where the upvars begin among the saved locals
    upvar_start: $ => seq('upvar_start', ':', field('value', $.saved_local)),

    field_tys: $ => seq('field_tys', ':', '{', commaSep($.saved_field), '}'),

    saved_field: $ => seq(
      field('id', $.saved_local),
      ':',
      choice($.saved_ty, field('type', alias($._type_text, $.type))),
    ),

    saved_ty: $ => seq(
      field('kind', $.identifier),
      '{',
      commaSep(choice(
        seq('ty', ':', field('type', alias($._type_text, $.type))),
        seq('source_info', ':', field('source_info', $.source_info)),
        $.attribute,
      )),
      '}',
    ),

    source_info: $ => seq(
      'SourceInfo', '{',
      commaSep(choice(
        seq('span', ':', field('span', alias($._type_text, $.span))),
        seq('scope', ':', field('scope', $.scope_ref)),
      )),
      '}',
    ),
    scope_ref: $ => seq('scope', '[', $.integer, ']'),

    attribute: $ => seq(field('name', $.identifier), ':', field('value', alias($._const_text, $.value))),

    variant_fields: $ => seq('variant_fields', choice(':', '='), '{', commaSep($.variant), '}'),

    variant: $ => seq(
      field('name', $.identifier),
      '(', field('index', $.integer), ')',
      ':',
      '[', commaSep($.saved_local), ']',
    ),

    storage_conflicts: $ => seq(
      'storage_conflicts', choice(':', '='),
      'BitMatrix', '(', field('dims', $.dims), ')',
      '{', commaSep($.conflict), '}',
    ),

    dims: $ => /\d+x\d+/,
    // `(_s0, _s3)` is one token in rustc's spelling (see `let`)
    conflict: $ => choice(
      token(prec(2, /\(_s\d+, _s\d+\)/)),
      seq('(', $.saved_local, ',', $.saved_local, ')'),
    ),

    layout_other: $ => seq(field('name', $.identifier), ':', field('value', alias($._const_text, $.value))),

    saved_local: $ => choice(token(prec(2, /_s\d+/)), $.local),

    // 2026 printer: `coroutine layout { field _s0: T; variant_fields = {...} storage_conflicts = ... }`
    layout_block: $ => seq(
      'coroutine', 'layout', '{',
      repeat(choice(
        $.layout_field_decl,
        $.variant_fields,
        $.storage_conflicts,
      )),
      '}',
    ),

    layout_field_decl: $ => seq(
      'field', field('id', $.saved_local), ':', field('type', alias($._type_text, $.type)), optional(';'),
    ),

    coroutine_debug: $ => seq(
      'coroutine', 'debug',
      field('name', $._debug_name),
      '=>',
      field('value', $.saved_local),
      ';',
    ),

    // ---------------------------------------------------------------- items
    function: $ => seq(
      'fn',
      field('name', alias($._def_path_text, $.def_path)),
      '(', commaSep($.parameter), ')',
      optional(seq('->', field('return_type', alias($._type_text, $.type)))),
      optional(seq('yields', field('yield_type', alias($._type_text, $.type)))),
      field('body', $.body),
    ),

    parameter: $ => seq(field('local', $.local), ':', field('type', alias($._type_text, $.type))),

    // `--emit=mir` / `-Zunpretty=mir` print a constant whose value needs no code on one line:
    // `const S::{constant#0}: usize = const 4_usize;`
    const_item: $ => seq(
      'const', field('name', alias($._def_path_text, $.def_path)), ':', field('type', alias($._type_text, $.type)), '=',
      choice(field('body', $.body), seq(field('value', $.constant), ';')),
    ),

    static_item: $ => seq(
      'static', optional('mut'), field('name', alias($._def_path_text, $.def_path)), ':', field('type', alias($._type_text, $.type)), '=',
      field('body', $.body),
    ),

    // `add::{closure#0}::{constant#0}: usize = {` (array lengths, const generics)
    anon_const_item: $ => seq(
      field('name', alias($._item_path_text, $.def_path)), ':', field('type', alias($._type_text, $.type)), '=',
      field('body', $.body),
    ),

    // old printer: `promoted[0] in foo: &i32 = {`
    promoted_item: $ => seq(
      'promoted', '[', $.integer, ']', 'in', field('name', alias($._def_path_text, $.def_path)), ':', field('type', alias($._type_text, $.type)),
      '=', field('body', $.body),
    ),

    body: $ => seq(
      '{',
      repeat($._declaration),
      repeat($.basic_block),
      '}',
    ),

    _declaration: $ => choice(
      $.debug,
      $.let,
      $.scope,
      $.layout_block,
      $.coroutine_debug,
      $.coverage_mapping,
    ),

    // `-Cinstrument-coverage`: the body's coverage mappings, printed after the scopes:
    // `coverage Code { bcb: bcb0 } => src/lib.rs:3:33: 3:34 (#0);`, and (no `;`)
    // `coverage branch { true: BlockMarkerId(0), false: BlockMarkerId(1) } => span`
    coverage_mapping: $ => seq(
      'coverage', field('text', alias($._raw_text, $.text)), optional(';'),
    ),

    debug: $ => seq(
      'debug',
      field('name', $._debug_name),
      '=>',
      field('value', choice($.place, $.constant, alias($._debug_text, $.text))),
      ';',
    ),

    // `debug x => ...`, or a projection of an argument: `debug ((args: (&u32,)).0: &u32) => _4;`
    _debug_name: $ => choice(
      alias($.identifier, $.name),
      $.projection_name,
    ),

    projection_name: $ => seq('(', alias($._paren_text, $.paren_text), ')'),

    // `let mut _3: T;`: the head up to the colon is one token in rustc's own spelling (the
    // most frequent declaration; fewer tokens parse faster), spelled any other way it is
    // parsed piece by piece.
    let: $ => seq(
      choice(
        field('local', alias(token(prec(2, /let (mut )?_\d+:/)), $.let_head)),
        seq('let', optional($.mutable), field('local', $.local), ':'),
      ),
      field('type', alias($._type_text, $.type)),
      optional(seq('as', alias($._raw_text, $.text))),
      ';',
    ),

    mutable: $ => 'mut',

    scope: $ => seq(
      'scope', field('index', $.integer),
      optional(seq('(', 'inlined', field('inlined', alias($._paren_text, $.paren_text)), ')')),
      '{',
      repeat($._declaration),
      '}',
    ),

    // ---------------------------------------------------------------- blocks
    // `bb3: {` and `bb7 (cleanup): {` are one token in rustc's spelling (see `let`)
    basic_block: $ => seq(
      choice(
        field('label', alias(token(prec(3, /bb\d+( \(cleanup\))?: \{/)), $.block_head)),
        seq(field('label', $.label), optional($.cleanup), ':', '{'),
      ),
      repeat($._statement),
      optional(field('terminator', $._terminator)),
      '}',
    ),

    cleanup: $ => seq('(', 'cleanup', ')'),

    label: $ => token(prec(2, /bb\d+/)),

    _statement: $ => choice(
      $.assign,
      $.storage_live,
      $.storage_dead,
      $.set_discriminant,
      $.nop,
      $.generic_statement,
    ),

    assign: $ => seq(field('place', $.place), '=', field('value', $._rvalue), ';'),

    // `StorageLive(_3);` is one token in rustc's spelling: a third of all statements
    storage_live: $ => choice(
      token(prec(2, /StorageLive\(_\d+\);/)),
      seq('StorageLive', '(', $.local, ')', ';'),
    ),
    storage_dead: $ => choice(
      token(prec(2, /StorageDead\(_\d+\);/)),
      seq('StorageDead', '(', $.local, ')', ';'),
    ),

    set_discriminant: $ => seq(
      'discriminant', '(', field('place', $.place), ')', '=', field('value', $.integer), ';',
    ),

    nop: $ => seq('nop', ';'),

    // PlaceMention(_1); FakeRead(ForLet(None), _1); Retag(_1); Deinit(_1);
    // AscribeUserType(...); Coverage::...; ConstEvalCounter; assume(...); and anything new.
    generic_statement: $ => seq(
      field('kind', $.identifier),
      optional(field('arguments', alias($._raw_text, $.text))),
      ';',
    ),

    // ---------------------------------------------------------------- terminators
    _terminator: $ => choice(
      $.goto,
      $.switch_int,
      $.return,
      $.resume,
      $.unreachable,
      $.coroutine_drop,
      $.drop,
      $.call,
      $.assert,
      $.yield,
      $.false_edge,
      $.false_unwind,
      $.inline_asm,
      $.tail_call,
      $.async_drop,
      $.terminate,
      $.generic_terminator,
    ),

    // `async drop(_1; poll=_4) -> [return: bb4, unwind: bb3, drop: bb2];`
    async_drop: $ => seq(
      'async', 'drop', '(', field('place', $.place), optional(seq(';', alias($._paren_text, $.paren_text))), ')',
      $._targets, ';',
    ),

    // `abort;`, `terminate(cleanup);`
    terminate: $ => seq(
      choice('abort', seq('terminate', optional(seq('(', $.identifier, ')')))), ';',
    ),

    // `goto -> bb4;` is one token in rustc's spelling
    goto: $ => choice(
      token(prec(2, /goto -> bb\d+;/)),
      seq('goto', $._targets, ';'),
    ),

    // rustc prints a switch with no value arm as its one target: `switchInt(move _4) -> bb7;`
    // (drop elaboration of a one-variant enum partly moved out)
    switch_int: $ => seq(
      'switchInt', '(', field('discr', choice($.operand, $.identifier)), ')', '->',
      choice(seq('[', commaSep($.switch_arm), ']'), field('otherwise', $.label)), ';',
    ),

    switch_arm: $ => seq(
      field('value', choice(
        $.integer, $.identifier, $.char,
        $.switch_const,
      )),
      ':',
      field('target', $.label),
    ),

    // a value printed as a constant, in 2019 nll dumps: `Const(Value(Scalar(0x00)): bool): bb4`
    switch_const: $ => seq($.identifier, '(', alias($._paren_text, $.paren_text), ')'),

    return: $ => seq('return', ';'),
    resume: $ => seq('resume', ';'),
    unreachable: $ => seq('unreachable', ';'),
    coroutine_drop: $ => seq(choice('coroutine_drop', 'generator_drop'), ';'),

    drop: $ => seq(
      'drop', '(', field('place', $.place), optional(seq(',', alias($._paren_text, $.paren_text))), ')',
      $._targets, ';',
    ),

    call: $ => seq(
      field('destination', $.place), '=', field('call', $.call_expr), $._targets, ';',
    ),

    assert: $ => seq(
      'assert', '(', optional(field('negated', $.not)), field('cond', $.operand),
      ',', field('message', $.string),
      repeat(seq(',', $.operand)),
      ')',
      $._targets, ';',
    ),

    not: $ => '!',

    yield: $ => seq(
      field('destination', $.place), '=', 'yield', '(', field('value', $.operand), ')',
      $._targets, ';',
    ),

    false_edge: $ => seq(choice('falseEdge', 'falseEdges'), $._targets, ';'),  // `falseEdges` to 2020
    false_unwind: $ => seq('falseUnwind', $._targets, ';'),

    inline_asm: $ => seq('asm!', '(', optional(alias($._paren_text, $.paren_text)), ')', optional($._targets), ';'),

    tail_call: $ => seq('tailcall', field('call', $.call_expr), ';'),

    generic_terminator: $ => seq(
      field('kind', $.identifier),
      optional(field('arguments', alias($._raw_text, $.text))),
      $._targets, ';',
    ),

    _targets: $ => seq('->', choice(
      field('target', $.label),
      seq('[', commaSep($.target), ']'),
      $.unwind_action,
    )),

    // a terminator this grammar does not know may print switch-like arms: `-> [0: bb1, ..]`
    target: $ => choice(
      seq(
        field('kind', choice(
          $.identifier,
          $.integer,
          alias(choice('return', 'drop', 'resume', 'unwind'), $.identifier),
        )),
        ':',
        field('block', $.label),
      ),
      $.unwind_action,
    ),

    // `unwind continue`, `unwind unreachable`, `unwind terminate(cleanup)`
    unwind_action: $ => seq(
      'unwind',
      field('action', choice('continue', 'unreachable', seq('terminate', optional(seq('(', $.identifier, ')'))))),
    ),

    // ---------------------------------------------------------------- rvalues
    _rvalue: $ => choice(
      $.operand,
      $.ref,
      $.cast,
      $.call_expr,
      $.path,
      $.aggregate,
      $.tuple,
      $.array,
      $.repeat,
      $.raw_ptr,
      $.thread_local_ref,
    ),

    // `&/*tls*/ mut FOO`
    thread_local_ref: $ => seq('&', '/*tls*/', optional($.ref_kind), field('static', $.path)),

    // `*mut [u32] from (copy _1, copy _2)`
    raw_ptr: $ => seq(
      '*', choice('mut', 'const'), field('type', alias($._type_text, $.type)), 'from', field('parts', $.tuple),
    ),

    // `&_1`, `&mut _1`, `&fake shallow _1`; nll dumps put the region first: `&'?2 mut _1`
    ref: $ => seq(
      '&', optional(field('region', $.region)), optional(field('kind', $.ref_kind)),
      field('place', $.place),
    ),

    // `'?2` (nll dumps), `'_#2r` (older nll dumps), `'static`, `'{erased}`
    region: $ => token(prec(1, /'(\?\d+|_#\d+r|[A-Za-z_][A-Za-z0-9_]*|\{erased\})/)),

    ref_kind: $ => choice(
      'mut',
      seq('raw', choice('const', 'mut'), optional('(fake)')),  // &raw const (fake) p
      seq('fake', optional('shallow')),  // fake borrows of match guards: deep or shallow
      'shallow',                          // the same, before `fake` was printed (to 2024)
      'uniq',                             // unique closure borrows of old dumps
    ),

    cast: $ => seq(
      field('value', choice($.operand, $.path)), 'as', field('type', alias($._type_text, $.type)),
      '(', field('kind', alias($._paren_text, $.paren_text)), ')',
    ),

    // `Add(move _1, copy _2)`, `discriminant(_5)`, `Poll::<u32>::Ready(move _3)`, `leaf(move _1)`
    call_expr: $ => seq(
      field('function', choice($.path, $.operand)),
      '(', commaSep($._argument), ')',
    ),

    _argument: $ => choice($.operand, alias($._arg_type_text, $.type), $.string),

    // `D { x: move _1 }`, `{closure@a.rs:3:13: 3:20} { x: copy _1 }`
    aggregate: $ => seq(
      field('type', $.path), '{', commaSep($.field_init), '}',
    ),

    field_init: $ => seq(field('name', choice($.identifier, $.integer)), ':', field('value', $.operand)),

    tuple: $ => seq('(', commaSep($.operand), ')'),
    array: $ => seq('[', commaSep($.operand), ']'),
    repeat: $ => seq('[', $.operand, ';', field('count', alias($._const_text, $.paren_text_bracket)), ']'),

    path: $ => choice(
      seq($.identifier, optional($._path_rest)),
      $._path_bracketed,
    ),

    // ---------------------------------------------------------------- operands
    operand: $ => choice(
      seq(optional($.no_retag), choice($.copy, $.move, $.deref_copy), field('place', $.place)),
      $.constant,
      field('place', $.place),   // before 2023 copies were printed as a bare place
    ),

    // The operand keywords take the space after them: `copy _1` is an operand, `copy::a::B`
    // a path whose first segment is a module named `copy` (likewise `move`, `const`).
    copy: $ => token(seq('copy', /\s/)),
    no_retag: $ => 'no_retag',
    move: $ => token(seq('move', /\s/)),
    deref_copy: $ => 'deref_copy',

    constant: $ => seq(token(seq('const', /\s/)), field('value', alias($._const_text, $.const_value))),

    // ---------------------------------------------------------------- places
    place: $ => choice(
      $.local,
      $.deref,
      $.field,
      $.downcast,
      $.index,
    ),

    deref: $ => seq('(', '*', $.place, ')'),

    field: $ => seq(
      '(', field('base', $.place), '.', field('index', $.integer), ':', field('type', alias($._type_text, $.type)),
      optional(seq(',', $.identifier)),  // `((_2 as Some).0: i32, Strong)` (built dumps of early 2023)
      ')',
    ),

    downcast: $ => seq(
      '(', field('base', $.place), 'as', field('variant', choice($.variant_index, $.identifier, seq('subtype', alias($._type_text, $.type)))), ')',
    ),

    variant_index: $ => token(prec(2, /variant#\d+/)),

    index: $ => seq(
      field('base', $.place), '[', field('index', choice($.local, alias($._const_text, $.paren_text_bracket))), ']',
    ),

    local: $ => token(prec(1, /_\d+/)),

    // ---------------------------------------------------------------- leaves

    alloc: $ => seq(
      field('name', $.alloc_name),
      '(', optional(alias($._paren_text, $.paren_text)), ')',
      optional(seq('{', choice(repeat($.alloc_line), $.elided), '}')),
    ),

    // `ALLOC0 (size: 8, align: 4) { .. }`: the bytes were left out
    elided: $ => '..',

    alloc_name: $ => token(prec(2, /[Aa][Ll][Ll][Oo][Cc]\d+/)),
    alloc_line: $ => /[0-9a-fA-F_╾][^\n{}]*│[^\n]*/,

    // Rust identifiers: XID_Start / XID_Continue (`µ`, `λ_fn`, `данные`, `大`), `_`, `r#`
    identifier: $ => /(r#)?[_\p{XID_Start}][_\p{XID_Continue}]*/,
    integer: $ => /-?\d+(_?[a-z][a-z0-9]*)?/,  // `3`, `0_u32`; before 2021 `0u32`
    string: $ => /"([^"\\\n]|\\.)*"/,
    char: $ => /'([^'\\\n]|\\.)+'/,
  },
});
