import { type IsoDate, isoDate, isValidIsoDate } from '../dates/iso-date';
import { cleanText, searchKey } from '../text/normalize';

/**
 * Dates as Vietnamese sources write them: day first ("3/8/2020" is 3 August), with slashes,
 * hyphens (the portal's JSON: "09-12-2025") or dots, or in words ("ngày 18 tháng 3 năm
 * 2022"); ISO dates from exports too. Two-digit years are refused: "3/8/20" could be 1920 or
 * 2020, and a wrong century on a legal date is worse than asking again.
 */

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

// A time of day after the date ("18/02/2025 00:00:00", "2025-12-09 00:00:00.0") is ignored;
// a time with a zone offset is not, since the calendar day would depend on it.
const TIME = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?`;
const DAY_FIRST = new RegExp(String.raw`^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})${TIME}$`);
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})${TIME}$`);
// Compared on the search key, so "ngày", "Ngày", "NGÀY", "ngay" and NFD spellings all match.
const IN_WORDS = /^(?:ngay )?(\d{1,2}) thang (\d{1,2}) nam (\d{4})$/;
const LEADING_DAY_WORD = /^ngày\s*/iu;

function dateOf(year: string, month: string, day: string): IsoDate | null {
  const y = Number(year);
  if (y < MIN_YEAR || y > MAX_YEAR) return null;
  const date = isoDate(y, Number(month), Number(day));
  return isValidIsoDate(date) ? date : null;
}

/**
 * Reads a field holding one date. Returns null when the text is not a date, has a two-digit
 * year, or names a day that does not exist ("31/02/2020").
 */
export function parseVietnameseDate(raw: string): IsoDate | null {
  const text = cleanText(raw)
    .replace(LEADING_DAY_WORD, '')
    .replace(/[\s.,;:]+$/u, '');
  let m = DAY_FIRST.exec(text);
  if (m) return dateOf(m[4]!, m[3]!, m[1]!);
  m = YEAR_FIRST.exec(text);
  if (m) return dateOf(m[1]!, m[3]!, m[4]!);
  m = IN_WORDS.exec(searchKey(text));
  if (m) return dateOf(m[3]!, m[2]!, m[1]!);
  return null;
}
