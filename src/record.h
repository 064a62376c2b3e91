#ifndef MS_RECORD_H
#define MS_RECORD_H

#include <stdbool.h>

/* The directory of the capture that directory `dir` lies in: the nearest holding a
 * capture's build.txt, `dir` itself or up to four levels above (a relative path also up to
 * the current directory).  On true, dir is cut to it ("" for the current directory); on
 * false, dir is "". */
bool ms_capture_dir(char *dir);

#endif
