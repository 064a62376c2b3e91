/*
 * Advice (advice.c): what to change in the user's code and what it saves.  The model calls in
 * when the crate is finished.  See docs/sizes.md ("Predictions").
 */
#ifndef MS_ADVICE_H
#define MS_ADVICE_H

#include "model.h"

/* After the crate's sizes and findings: the what-if layouts. */
void ms_advice_finish(ms_crate *c);

#endif
