import { fromDayNumber, type IsoDate, isValidIsoDate, toDayNumber } from '../dates/iso-date';
import { VIETNAM_UTC_OFFSET_HOURS } from '../format/vietnam-time';

/**
 * The Vietnamese lunisolar calendar (âm lịch), computed from the astronomy.
 *
 * A lunar month starts on the civil day that contains the new moon; month 11 is the month
 * that contains the winter solstice; a year with 13 new moons between two month-11 starts
 * repeats (as a leap month, tháng nhuận) the first month in which the sun enters no new
 * 30° sign of the zodiac (no "major solar term", trung khí).
 *
 * Why UTC+7 matters: "the civil day that contains the new moon" depends on the clock. Vietnam
 * keeps UTC+7, China UTC+8. When a new moon falls between 16:00 and 17:00 UTC it is still
 * the evening of one day in Hà Nội but already the next day in Beijing, so the two calendars
 * start that month a day apart. That happened on 2007-02-17 (new moon at about 16:15 UTC):
 * Tết was 17 February in Vietnam and 18 February in China. Every instant below is therefore
 * turned into a civil day at UTC+7, never at the machine's time zone or at UTC.
 *
 * The formulas are the classic truncated series (after Jean Meeus, "Astronomical
 * Algorithms") for the new moon and for the sun's longitude: good to minutes over the
 * 20th–22nd centuries, which is what day-level dates need. A new moon within minutes of
 * Vietnamese midnight could still land on the wrong day; the tests pin known dates. Outside
 * 1900–2199 we refuse rather than guess.
 */

export interface LunarDate {
  day: number;
  month: number;
  /** The lunar year the date belongs to, named by the solar year in which it begins. */
  year: number;
  /** True for the repeated (intercalary) month, tháng nhuận. */
  leap: boolean;
}

/** Julian day number of 1970-01-01, so that `toDayNumber` (days since 1970) converts. */
const JDN_OF_UNIX_EPOCH = 2_440_588;
/** Julian day (UT) of the new moon of 1900-01-01 13:52 UTC, the k = 0 of the series. */
const NEW_MOON_EPOCH_JD = 2_415_021.076998695;
/** Mean length of a synodic month in days. */
const SYNODIC_MONTH = 29.530588853;
const DEG = Math.PI / 180;

const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

function assertSupportedYear(year: number, what: string): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`${what}: year ${year} is outside the supported range ${MIN_YEAR}–${MAX_YEAR}`);
  }
}

function toJdn(date: IsoDate): number {
  return toDayNumber(date) + JDN_OF_UNIX_EPOCH;
}

function fromJdn(jdn: number): IsoDate {
  return fromDayNumber(jdn - JDN_OF_UNIX_EPOCH);
}

/**
 * The instant (Julian day, UT) of the k-th new moon after the one of 1900-01-01.
 * Mean lunation plus the largest periodic terms (sun's and moon's anomalies, the moon's
 * argument of latitude), minus ΔT (terrestrial − universal time) in days.
 */
function newMoonInstant(k: number): number {
  const t = k / 1236.85; // Julian centuries since 1900
  const t2 = t * t;
  const t3 = t2 * t;
  let jd = 2_415_020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  jd += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DEG);
  const sunAnomaly = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * DEG;
  const moonAnomaly = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * DEG;
  const moonLatitude = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * DEG;
  let correction =
    (0.1734 - 0.000393 * t) * Math.sin(sunAnomaly) +
    0.0021 * Math.sin(2 * sunAnomaly) -
    0.4068 * Math.sin(moonAnomaly) +
    0.0161 * Math.sin(2 * moonAnomaly) -
    0.0004 * Math.sin(3 * moonAnomaly) +
    0.0104 * Math.sin(2 * moonLatitude) -
    0.0051 * Math.sin(sunAnomaly + moonAnomaly) -
    0.0074 * Math.sin(sunAnomaly - moonAnomaly) +
    0.0004 * Math.sin(2 * moonLatitude + sunAnomaly) -
    0.0004 * Math.sin(2 * moonLatitude - sunAnomaly) -
    0.0006 * Math.sin(2 * moonLatitude + moonAnomaly) +
    0.001 * Math.sin(2 * moonLatitude - moonAnomaly) +
    0.0005 * Math.sin(2 * moonAnomaly + sunAnomaly);
  // ΔT for the 20th–22nd centuries (a polynomial fit), converted from TT to UT.
  const deltaT = t < -11 ? 0.001 + 0.000839 * t + 0.0002261 * t2 : -0.000278 + 0.000265 * t + 0.000262 * t2;
  correction -= deltaT;
  return jd + correction;
}

/** Julian day number of the Vietnamese civil day on which the k-th new moon falls. */
function newMoonDay(k: number): number {
  return Math.floor(newMoonInstant(k) + 0.5 + VIETNAM_UTC_OFFSET_HOURS / 24);
}

/** The sun's apparent longitude (radians, 0 ≤ λ < 2π) at a Julian day instant (UT). */
function sunLongitude(jd: number): number {
  const t = (jd - 2_451_545.0) / 36_525; // Julian centuries since J2000.0
  const t2 = t * t;
  const meanAnomaly = (357.5291 + 35_999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * DEG;
  const meanLongitude = 280.46645 + 36_000.76983 * t + 0.0003032 * t2;
  const centre =
    (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(meanAnomaly) +
    (0.019993 - 0.000101 * t) * Math.sin(2 * meanAnomaly) +
    0.00029 * Math.sin(3 * meanAnomaly);
  const longitude = (meanLongitude + centre) * DEG;
  return longitude - 2 * Math.PI * Math.floor(longitude / (2 * Math.PI));
}

/**
 * Which 30° sign (0–11) the sun is in at the start (00:00 UTC+7) of a Vietnamese civil day.
 * Sign 9 starts at 270°, the winter solstice. A month with no major term is one that starts
 * and ends in the same sign.
 */
function sunSignAtDayStart(jdn: number): number {
  const midnightUt = jdn - 0.5 - VIETNAM_UTC_OFFSET_HOURS / 24;
  return Math.floor((sunLongitude(midnightUt) / Math.PI) * 6);
}

/** Index k of the new moon that starts the month beginning on (or nearest to) day `jdn`. */
function lunationIndex(jdn: number): number {
  return Math.round((jdn - NEW_MOON_EPOCH_JD) / SYNODIC_MONTH);
}

/**
 * Day number on which month 11 of the lunar year that ends around solar year `year` begins:
 * the month containing the winter solstice of `year`. Take the last new moon on or before
 * 31 December; if the sun had already passed 270° when that month began, the solstice lies
 * in the month before.
 */
function month11Start(year: number): number {
  const k = Math.floor((toJdn(`${String(year).padStart(4, '0')}-12-31`) - NEW_MOON_EPOCH_JD) / SYNODIC_MONTH);
  const start = newMoonDay(k);
  return sunSignAtDayStart(start) >= 9 ? newMoonDay(k - 1) : start;
}

/** One lunar month in a "suì": its first day and its name. */
interface MonthSlot {
  start: number;
  month: number;
  year: number;
  leap: boolean;
}

/**
 * The months from month 11 of lunar year `year` up to (not including) the next month 11.
 * Months 11 and 12 (and a leap 11 or 12) belong to lunar year `year`; months 1–10 to
 * `year + 1`. The last element's successor starts at `next`.
 */
interface Sui {
  months: MonthSlot[];
  next: number;
}

const suiCache = new Map<number, Sui>();

function sui(year: number): Sui {
  const cached = suiCache.get(year);
  if (cached) return cached;
  const first = month11Start(year);
  const next = month11Start(year + 1);
  const k0 = lunationIndex(first);
  const count = Math.round((next - first) / SYNODIC_MONTH);
  const starts: number[] = [];
  for (let i = 0; i <= count; i++) starts.push(newMoonDay(k0 + i));
  // With 13 months, the first one (after month 11 itself) without a major term is leap.
  let leapIndex = -1;
  if (count === 13) {
    for (let i = 1; i < count; i++) {
      if (sunSignAtDayStart(starts[i]!) === sunSignAtDayStart(starts[i + 1]!)) {
        leapIndex = i;
        break;
      }
    }
    // Thirteen lunations always contain one without a major term; not finding it means the
    // ephemeris went wrong, and a silently shifted calendar would be worse than an error.
    if (leapIndex === -1)
      throw new Error(`lunar calendar: no leap month found in the year after month 11 of ${year}`);
  }
  const months: MonthSlot[] = [];
  for (let i = 0; i < count; i++) {
    const ordinal = leapIndex !== -1 && i >= leapIndex ? i - 1 : i; // months since month 11
    const month = ((10 + ordinal) % 12) + 1;
    months.push({ start: starts[i]!, month, year: month >= 11 ? year : year + 1, leap: i === leapIndex });
  }
  const built = { months, next };
  suiCache.set(year, built);
  return built;
}

/** The lunar date of a solar (Gregorian) date, as reckoned in Vietnam (UTC+7). */
export function solarToLunar(date: IsoDate): LunarDate {
  if (!isValidIsoDate(date)) throw new RangeError(`solarToLunar: "${date}" is not a date as YYYY-MM-DD`);
  const jdn = toJdn(date);
  const solarYear = Number(date.slice(0, 4));
  assertSupportedYear(solarYear, 'solarToLunar');
  const span = jdn >= month11Start(solarYear) ? sui(solarYear) : sui(solarYear - 1);
  for (let i = span.months.length - 1; i >= 0; i--) {
    const slot = span.months[i]!;
    if (jdn >= slot.start)
      return { day: jdn - slot.start + 1, month: slot.month, year: slot.year, leap: slot.leap };
  }
  // Unreachable: the span was chosen so that it starts on or before `jdn`.
  throw new Error(`solarToLunar: no lunar month found for ${date}`);
}

/**
 * The solar date of a lunar date. Throws a RangeError naming the problem when the lunar date
 * does not exist (a leap month the year does not have, day 30 of a 29-day month).
 */
export function lunarToSolar(day: number, month: number, year: number, leap = false): IsoDate {
  const label = `${day}/${month}${leap ? ' (nhuận)' : ''}/${year}`;
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`lunarToSolar: month ${month} in ${label} must be 1–12`);
  }
  if (!Number.isInteger(day) || day < 1 || day > 30) {
    throw new RangeError(`lunarToSolar: day ${day} in ${label} must be 1–30`);
  }
  assertSupportedYear(year, 'lunarToSolar');
  const span = month >= 11 ? sui(year) : sui(year - 1);
  const index = span.months.findIndex((slot) => slot.month === month && slot.leap === leap);
  const slot = span.months[index];
  if (!slot) throw new RangeError(`lunarToSolar: lunar year ${year} has no leap month ${month} (${label})`);
  const nextStart = span.months[index + 1]?.start ?? span.next;
  const length = nextStart - slot.start;
  if (day > length) {
    throw new RangeError(
      `lunarToSolar: lunar month ${month}/${year} has ${length} days, not ${day} (${label})`,
    );
  }
  return fromJdn(slot.start + day - 1);
}

/** The first day of lunar year `year` (mùng 1 Tết), as a solar date. */
export function lunarNewYear(year: number): IsoDate {
  return lunarToSolar(1, 1, year);
}

/** The leap month of lunar year `year` (1–12), or null when the year has none. */
export function leapMonthOf(year: number): number | null {
  assertSupportedYear(year, 'leapMonthOf');
  const slots = [...sui(year - 1).months, ...sui(year).months];
  const leap = slots.find((slot) => slot.leap && slot.year === year);
  return leap ? leap.month : null;
}
