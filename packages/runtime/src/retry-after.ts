// RFC 9110 §5.6.7. The preferred form, which is also what toUTCString prints:
// Sun, 06 Nov 1994 08:49:37 GMT
const IMF_FIXDATE = /^\w+, (\d\d) (\w+) (\d{4}) (\d\d):(\d\d):(\d\d) GMT$/;
// The two obsolete forms, which are rewritten as an IMF-fixdate:
// Sunday, 06-Nov-94 08:49:37 GMT (only the part before the time changes)
const RFC850_DATE = /^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, (\d\d)-(\w+)-(\d\d) /;
// Sun Nov  6 08:49:37 1994
const ASCTIME_DATE = /^(\w+) (\w+) (\d\d| \d) (.+) (\d{4})$/;
const MONTHS = 'JanFebMarAprMayJunJulAugSepOctNovDec';

/**
 * The delay a `Retry-After` header asks for, in milliseconds, or `undefined`
 * when the header is absent or not valid per RFC 9110 §10.2.3: delay-seconds
 * (digits only) or an HTTP-date in any of its three forms, with spaces or tabs
 * around it allowed. A date in the past asks for no delay.
 *
 * A date must name a real day (no 31 Feb) and the right weekday for it, as
 * RFC 5322 requires of the format. A leap second (23:59:60) is refused:
 * JavaScript time, like the clocks servers print dates from, has none.
 */
export function retryAfterMs(header: string | null | undefined, now: number = Date.now()): number | undefined {
  const value = header?.replace(/^[ \t]+|[ \t]+$/g, '') ?? '';
  // Capped rather than refused: valid if absurd, and past 308 digits it would be Infinity.
  if (/^\d+$/.test(value)) return Math.min(+value * 1000, Number.MAX_SAFE_INTEGER);
  const imf = value
    .replace(RFC850_DATE, (_, weekday: string, day, month, year: string) => `${weekday.slice(0, 3)}, ${day} ${month} ${fullYear(+year, now)} `)
    .replace(ASCTIME_DATE, (_, weekday, month, day: string, time, year) => `${weekday}, ${day.replace(' ', '0')} ${month} ${year} ${time} GMT`);
  const [, day, month, year, hour, minute, second] = IMF_FIXDATE.exec(imf) ?? [];
  const date = new Date(0);
  // Unlike Date.UTC, setUTCFullYear keeps years 0000-0099 as written.
  date.setUTCFullYear(Number(year), MONTHS.indexOf(`${month}`) / 3, Number(day));
  date.setUTCHours(Number(hour), Number(minute), Number(second));
  // Out-of-range fields roll over, and names are printed one way only: the
  // date is valid when it prints back exactly as written.
  return date.toUTCString() === imf ? Math.max(0, date.getTime() - now) : undefined;
}

// RFC 9110 §5.6.7: a two-digit year that would be more than 50 years ahead is
// in the past century, so it is read within the 100 years up to 50 ahead.
function fullYear(lastTwoDigits: number, now: number): number {
  return lastTwoDigits + 100 * Math.ceil((new Date(now).getUTCFullYear() - 49 - lastTwoDigits) / 100);
}
