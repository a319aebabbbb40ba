import { z } from 'zod';

/**
 * An instant given as a `Date`, an ISO-8601 string or epoch milliseconds.
 *
 * ISO strings with a time must carry `Z` or an offset (`2026-11-30T16:30:00Z`,
 * `2026-12-01T00:30:00+08:00`): a zone-less time would be read in the host's zone and the same
 * call would give different answers on different machines. A plain date (`2026-11-30`) is
 * midnight UTC, as in `Date.parse`.
 */
export type DateInput = Date | string | number;

/**
 * Schema of a {@link DateInput}; parses to a fresh, valid `Date` (never the caller's object).
 */
export const DateInputSchema = z
  .union(
    [
      z.date(),
      z.iso.datetime({ offset: true }),
      z.iso.date(),
      z.number().finite(),
    ],
    {
      error:
        'expected a valid Date, an ISO-8601 string with a zone (…Z or …+08:00) or epoch milliseconds',
    },
  )
  .transform((value) => new Date(value))
  .refine((date) => !Number.isNaN(date.getTime()), { message: 'date is out of range' });
