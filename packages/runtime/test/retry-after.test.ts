import { describe, expect, it } from 'vitest';
import { retryAfterMs } from '../src/retry-after.js';

// 37 s before the instant of RFC 9110's own HTTP-date examples.
const NOW = Date.UTC(1994, 10, 6, 8, 49, 0);

describe('delay-seconds', () => {
  it.each([
    { header: '120', want: 120_000 }, // RFC 9110 §10.2.3
    { header: '0', want: 0 },
    { header: '3', want: 3_000 },
    { header: '007', want: 7_000 },
    { header: '9007199254740', want: 9_007_199_254_740_000 },
  ])('reads $header as $want ms', ({ header, want }) => {
    expect(retryAfterMs(header, NOW)).toBe(want);
  });

  it.each(['9007199254741', '9'.repeat(400)])('caps %s at Number.MAX_SAFE_INTEGER ms rather than overflow', (header) => {
    expect(retryAfterMs(header, NOW)).toBe(Number.MAX_SAFE_INTEGER);
  });

  it.each(['-1', '+5', '1.5', '1.', '.5', '1e3', '0x10', '1_000', '1,2', '1 2', '５', '٣', 'Infinity', 'NaN'])('refuses %j', (header) => {
    expect(retryAfterMs(header, NOW)).toBeUndefined();
  });
});

describe('absent or blank', () => {
  it.each([null, undefined, '', ' ', '\t'])('%j gives undefined', (header) => {
    expect(retryAfterMs(header, NOW)).toBeUndefined();
  });
});

describe('whitespace around the value', () => {
  it.each([
    { header: ' 120', want: 120_000 },
    { header: '120 ', want: 120_000 },
    { header: '\t 120 \t', want: 120_000 },
    { header: '  Sun, 06 Nov 1994 08:49:37 GMT\t', want: 37_000 },
    { header: '\tSunday, 06-Nov-94 08:49:37 GMT ', want: 37_000 },
    { header: ' Sun Nov  6 08:49:37 1994 ', want: 37_000 },
  ])('spaces and tabs (OWS) are allowed: $header', ({ header, want }) => {
    expect(retryAfterMs(header, NOW)).toBe(want);
  });

  it.each(['\n120', '120\r\n', '\u00a0120', '120\u00a0', '\v120', '\u3000120'])('other whitespace is not: %j', (header) => {
    expect(retryAfterMs(header, NOW)).toBeUndefined();
  });
});

describe('the examples of RFC 9110', () => {
  it.each([
    { header: 'Sun, 06 Nov 1994 08:49:37 GMT', now: NOW, want: 37_000 },
    { header: 'Sunday, 06-Nov-94 08:49:37 GMT', now: NOW, want: 37_000 },
    { header: 'Sun Nov  6 08:49:37 1994', now: NOW, want: 37_000 },
    { header: 'Fri, 31 Dec 1999 23:59:59 GMT', now: Date.UTC(1999, 11, 31, 23, 59, 0), want: 59_000 },
    { header: '120', now: NOW, want: 120_000 },
  ])('$header', ({ header, now, want }) => {
    expect(retryAfterMs(header, now)).toBe(want);
  });
});

describe('IMF-fixdate', () => {
  it.each([
    { header: 'Thu, 29 Feb 1996 00:00:00 GMT', want: Date.UTC(1996, 1, 29) - NOW },
    { header: 'Tue, 29 Feb 2000 00:00:00 GMT', want: Date.UTC(2000, 1, 29) - NOW },
    { header: 'Fri, 31 Dec 9999 23:59:59 GMT', want: Date.UTC(9999, 11, 31, 23, 59, 59) - NOW },
    { header: 'Sun, 06 Nov 1994 23:59:59 GMT', want: (15 * 3600 + 10 * 60 + 59) * 1000 },
  ])('reads $header', ({ header, want }) => {
    expect(retryAfterMs(header, NOW)).toBe(want);
  });

  it('keeps the years 0000-0099 as written', () => {
    const now = new Date(0).setUTCFullYear(50, 0, 1);
    expect(retryAfterMs('Sat, 01 Jan 0050 00:00:10 GMT', now)).toBe(10_000);
  });

  it.each([
    ['lower-case day name', 'sun, 06 Nov 1994 08:49:37 GMT'],
    ['upper-case day name', 'SUN, 06 Nov 1994 08:49:37 GMT'],
    ['full day name', 'Sunday, 06 Nov 1994 08:49:37 GMT'],
    ['lower-case month', 'Sun, 06 nov 1994 08:49:37 GMT'],
    ['upper-case month', 'Sun, 06 NOV 1994 08:49:37 GMT'],
    ['full month', 'Sun, 06 November 1994 08:49:37 GMT'],
    ['unknown month', 'Sun, 06 Nox 1994 08:49:37 GMT'],
    ['lower-case gmt', 'Sun, 06 Nov 1994 08:49:37 gmt'],
    ['UTC', 'Sun, 06 Nov 1994 08:49:37 UTC'],
    ['numeric zone', 'Sun, 06 Nov 1994 08:49:37 +0000'],
    ['no zone', 'Sun, 06 Nov 1994 08:49:37'],
    ['no day name', '06 Nov 1994 08:49:37 GMT'],
    ['no comma', 'Sun 06 Nov 1994 08:49:37 GMT'],
    ['no space after the comma', 'Sun,06 Nov 1994 08:49:37 GMT'],
    ['two spaces', 'Sun,  06 Nov 1994 08:49:37 GMT'],
    ['a tab for a space', 'Sun,\t06 Nov 1994 08:49:37 GMT'],
    ['one-digit day', 'Sun, 6 Nov 1994 08:49:37 GMT'],
    ['space-padded day', 'Sun,  6 Nov 1994 08:49:37 GMT'],
    ['two-digit year', 'Sun, 06 Nov 94 08:49:37 GMT'],
    ['five-digit year', 'Sat, 01 Jan 10000 00:00:00 GMT'],
    ['negative year', 'Fri, 01 Jan -0001 00:00:00 GMT'],
    ['one-digit hour', 'Sun, 06 Nov 1994 8:49:37 GMT'],
    ['no seconds', 'Sun, 06 Nov 1994 08:49 GMT'],
    ['fraction of a second', 'Sun, 06 Nov 1994 08:49:37.5 GMT'],
    ['text after it', 'Sun, 06 Nov 1994 08:49:37 GMT x'],
    ['ISO 8601', '1994-11-06T08:49:37Z'],
    ['a date without a time', 'Sun, 06 Nov 1994'],
    ['garbage', 'soon'],
  ])('refuses a %s: %j', (_, header) => {
    expect(retryAfterMs(header, NOW)).toBeUndefined();
  });

  it.each([
    ['31 Feb', 'Thu, 31 Feb 1994 00:00:00 GMT'],
    ['31 Nov', 'Thu, 31 Nov 1994 00:00:00 GMT'],
    ['29 Feb of a common year', 'Mon, 29 Feb 1993 00:00:00 GMT'],
    ['29 Feb 1900, not a leap year', 'Thu, 29 Feb 1900 00:00:00 GMT'],
    ['day 00', 'Sun, 00 Nov 1994 08:49:37 GMT'],
    ['day 32', 'Sun, 32 Nov 1994 08:49:37 GMT'],
    ['hour 24', 'Sun, 06 Nov 1994 24:00:00 GMT'],
    ['minute 60', 'Sun, 06 Nov 1994 08:60:00 GMT'],
    ['second 61', 'Sun, 06 Nov 1994 08:49:61 GMT'],
    ['leap second', 'Sat, 31 Dec 2016 23:59:60 GMT'],
  ])('refuses an impossible date or time, %s: %j', (_, header) => {
    expect(retryAfterMs(header, NOW)).toBeUndefined();
  });

  it.each(['Mon, 06 Nov 1994 08:49:37 GMT', 'Sat, 06 Nov 1994 08:49:37 GMT'])('refuses a day name that is wrong for the date: %j', (header) => {
    expect(retryAfterMs(header, NOW)).toBeUndefined();
  });
});

describe('rfc850-date', () => {
  it.each([
    { header: 'Monday, 07-Nov-94 00:00:00 GMT', want: Date.UTC(1994, 10, 7) - NOW },
    { header: 'Tuesday, 08-Nov-94 00:00:00 GMT', want: Date.UTC(1994, 10, 8) - NOW },
    { header: 'Wednesday, 09-Nov-94 00:00:00 GMT', want: Date.UTC(1994, 10, 9) - NOW },
    { header: 'Thursday, 10-Nov-94 00:00:00 GMT', want: Date.UTC(1994, 10, 10) - NOW },
    { header: 'Friday, 11-Nov-94 00:00:00 GMT', want: Date.UTC(1994, 10, 11) - NOW },
    { header: 'Saturday, 12-Nov-94 00:00:00 GMT', want: Date.UTC(1994, 10, 12) - NOW },
    { header: 'Sunday, 06-Nov-94 08:49:37 GMT', want: 37_000 },
  ])('reads $header', ({ header, want }) => {
    expect(retryAfterMs(header, NOW)).toBe(want);
  });

  it.each([
    ['short day name', 'Sun, 06-Nov-94 08:49:37 GMT'],
    ['lower-case day name', 'sunday, 06-Nov-94 08:49:37 GMT'],
    ['made-up day name', 'Sunsday, 06-Nov-94 08:49:37 GMT'],
    ['lower-case month', 'Sunday, 06-nov-94 08:49:37 GMT'],
    ['spaces for dashes', 'Sunday, 06 Nov 94 08:49:37 GMT'],
    ['four-digit year', 'Sunday, 06-Nov-1994 08:49:37 GMT'],
    ['one-digit day', 'Sunday, 6-Nov-94 08:49:37 GMT'],
    ['zone other than GMT', 'Sunday, 06-Nov-94 08:49:37 UTC'],
    ['no zone', 'Sunday, 06-Nov-94 08:49:37'],
    ['two spaces', 'Sunday,  06-Nov-94 08:49:37 GMT'],
    ['impossible date', 'Tuesday, 31-Feb-94 08:49:37 GMT'],
    ['wrong day name', 'Monday, 06-Nov-94 08:49:37 GMT'],
  ])('refuses a %s: %j', (_, header) => {
    expect(retryAfterMs(header, NOW)).toBeUndefined();
  });
});

describe('the two-digit year of rfc850-date', () => {
  const in2025 = Date.UTC(2025, 0, 1);
  const in2090 = Date.UTC(2090, 0, 1);
  it.each([
    { header: 'Wednesday, 01-Jan-25 00:00:05 GMT', now: in2025, year: 2025, want: 5_000 },
    { header: 'Wednesday, 02-Jan-75 00:00:00 GMT', now: in2025, year: 2075, want: Date.UTC(2075, 0, 2) - in2025 },
    { header: 'Friday, 02-Jan-76 00:00:00 GMT', now: in2025, year: 1976, want: 0 },
    { header: 'Saturday, 01-Jan-00 00:00:00 GMT', now: in2025, year: 2000, want: 0 },
    { header: 'Monday, 02-Jan-30 00:00:00 GMT', now: in2090, year: 2130, want: Date.UTC(2130, 0, 2) - in2090 },
    { header: 'Saturday, 02-Jan-40 00:00:00 GMT', now: in2090, year: 2140, want: Date.UTC(2140, 0, 2) - in2090 },
    { header: 'Wednesday, 02-Jan-41 00:00:00 GMT', now: in2090, year: 2041, want: 0 },
  ])('$header is in $year', ({ header, now, want }) => {
    expect(retryAfterMs(header, now)).toBe(want);
  });

  // Each day name is right only for the year the header is not in.
  it.each([
    { header: 'Thursday, 02-Jan-76 00:00:00 GMT', now: in2025, notYear: 2076 },
    { header: 'Monday, 02-Jan-40 00:00:00 GMT', now: in2090, notYear: 2040 },
    { header: 'Monday, 02-Jan-41 00:00:00 GMT', now: in2090, notYear: 2141 },
  ])('$header is not in $notYear', ({ header, now }) => {
    expect(retryAfterMs(header, now)).toBeUndefined();
  });
});

describe('asctime-date', () => {
  it.each([
    { header: 'Sun Nov  6 08:49:37 1994', want: 37_000 },
    { header: 'Sun Nov 06 08:49:37 1994', want: 37_000 },
    { header: 'Wed Nov 16 00:00:00 1994', want: Date.UTC(1994, 10, 16) - NOW },
    { header: 'Thu Feb 29 00:00:00 1996', want: Date.UTC(1996, 1, 29) - NOW },
  ])('reads $header', ({ header, want }) => {
    expect(retryAfterMs(header, NOW)).toBe(want);
  });

  it.each([
    ['one-digit day without its space', 'Sun Nov 6 08:49:37 1994'],
    ['day padded after the digit', 'Sun Nov 6  08:49:37 1994'],
    ['day padded with two spaces', 'Sun Nov   6 08:49:37 1994'],
    ['comma after the day name', 'Sun, Nov  6 08:49:37 1994'],
    ['full day name', 'Sunday Nov  6 08:49:37 1994'],
    ['lower-case day name', 'sun Nov  6 08:49:37 1994'],
    ['lower-case month', 'Sun nov  6 08:49:37 1994'],
    ['zone', 'Sun Nov  6 08:49:37 1994 GMT'],
    ['zone before the year', 'Sun Nov  6 08:49:37 GMT 1994'],
    ['two-digit year', 'Sun Nov  6 08:49:37 94'],
    ['one-digit hour', 'Sun Nov  6 8:49:37 1994'],
    ['impossible date', 'Thu Feb 31 00:00:00 1994'],
    ['wrong day name', 'Mon Nov  6 08:49:37 1994'],
  ])('refuses a %s: %j', (_, header) => {
    expect(retryAfterMs(header, NOW)).toBeUndefined();
  });
});

describe('dates in the past', () => {
  it.each([
    { header: 'Sun, 06 Nov 1994 08:48:59 GMT', form: 'IMF-fixdate' },
    { header: 'Sun, 06 Nov 1994 08:49:00 GMT', form: 'IMF-fixdate, now itself' },
    { header: 'Thu, 01 Jan 1970 00:00:00 GMT', form: 'IMF-fixdate' },
    { header: 'Saturday, 05-Nov-94 08:49:37 GMT', form: 'rfc850-date' },
    { header: 'Sat Nov  5 08:49:37 1994', form: 'asctime-date' },
  ])('$header ($form) asks for no delay', ({ header }) => {
    expect(retryAfterMs(header, NOW)).toBe(0);
  });
});

it('measures from Date.now() by default', () => {
  const header = 'Fri, 31 Dec 9999 23:59:59 GMT';
  const at = Date.UTC(9999, 11, 31, 23, 59, 59);
  const before = Date.now();
  const got = retryAfterMs(header);
  const after = Date.now();
  expect(got).toBeGreaterThanOrEqual(at - after);
  expect(got).toBeLessThanOrEqual(at - before);
});
