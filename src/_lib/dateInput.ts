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
 * The earliest instant accepted, 1000-01-01T00:00:00Z, and the latest, 9999-12-31T23:59:59.999Z.
 * `Date` itself reaches ±8.64e15 ms, but a deadline or window computed from an instant at that
 * edge falls outside it and becomes an Invalid Date (or makes date-fns throw a RangeError).
 *
 * @internal
 */
export const MIN_INSTANT_MS = -30_610_224_000_000;
/** @internal */
export const MAX_INSTANT_MS = 253_402_300_799_999;

const EXPECTED = 'expected a valid Date, an ISO-8601 string with a zone (…Z or …+08:00) or epoch milliseconds';
const ISO_INSTANT = z.iso.datetime({ offset: true });
const ISO_DATE = z.iso.date();

/**
 * Schema of a {@link DateInput}; parses to a fresh, valid `Date` (never the caller's object)
 * between the years 1000 and 9999.
 *
 * @example
 * import { DateInputSchema } from 'sms-compliance';
 *
 * DateInputSchema.parse('2026-12-01T10:00:00+08:00'); //=> 2026-12-01T02:00:00.000Z
 * DateInputSchema.safeParse('2026-12-01 10:00').success; //=> false (no zone: which 10:00?)
 * DateInputSchema.parse('2026-11-30'); //=> 2026-11-30T00:00:00.000Z (a plain date is midnight UTC)
 */
export const DateInputSchema = z
  .custom<DateInput>(isDateInput, {
    error: (issue) =>
      issue.input === undefined
        ? `required: ${EXPECTED}`
        : issue.input instanceof Date
          ? 'expected a valid Date, got an Invalid Date'
          : EXPECTED,
  })
  .transform((value) => new Date(value))
  .refine(
    (date) => {
      const ms = date.getTime();
      return ms >= MIN_INSTANT_MS && ms <= MAX_INSTANT_MS;
    },
    { message: 'date is out of range (expected the years 1000–9999)' },
  );

/**
 * Whether `value` has one of the shapes of a {@link DateInput}: a valid `Date`, an ISO instant with a zone, a plain
 * ISO date or a finite number. One check, not a union of schemas, so that a wrong value gets one message that
 * says what is expected ("expected date, received Date; or expected string…" said nothing useful).
 */
function isDateInput(value: unknown): boolean {
  if (value instanceof Date) return !Number.isNaN(value.getTime());
  if (typeof value === 'number') return Number.isFinite(value);
  return typeof value === 'string' && (ISO_INSTANT.safeParse(value).success || ISO_DATE.safeParse(value).success);
}

/**
 * Schema of a date in a result: the `Date` a function returns, or the ISO string `JSON.stringify` made of it — so
 * a result sent over the wire or stored as JSON parses again with its own schema. Parses to a `Date`.
 *
 * @internal
 * @example
 * ResultDateSchema.parse(JSON.parse(JSON.stringify(new Date(0)))); //=> 1970-01-01T00:00:00.000Z
 */
export const ResultDateSchema = z.union([z.date(), ISO_INSTANT]).transform((value) => new Date(value));
