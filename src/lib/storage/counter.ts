/** Times and revisions as stored: small enough that adding one always makes a bigger number. */
import * as v from 'valibot';

/**
 * The largest time or revision number stored. Far beyond any date (2^50 ms is the year
 * 37,000) or count of saves, and well below 2^53: above that, `+ 1` no longer changes a
 * number, and the check that keeps two tabs from overwriting each other would silently pass.
 */
export const MAX_COUNTER = 2 ** 50;
/** A time in milliseconds, or a count of saves: a whole number with room to grow. */
export const counter = v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(MAX_COUNTER));
