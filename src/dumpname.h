/* Dump file names (walk.c): what rustc's `-Zdump-mir` file names say about a body. */
#ifndef MS_DUMPNAME_H
#define MS_DUMPNAME_H

#include <stddef.h>

/* Length of the body part `crate.item` of a dump file's base name
 * (`crate.item.-------.pass.0.mir`), 0 when the name is not a dump file name.  The item
 * part is rustc's def path with `::` written as `-` and with the disambiguators the
 * printed def path lacks (`{impl#10}` where the header says `<impl at ...>`). */
size_t ms_dump_body_key_len(const char *base);

#endif
