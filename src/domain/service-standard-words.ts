// The words the service-standard checker recognises, in the five product languages
// (en, ms, id, sk, fa). All languages are checked together: an owner may write a
// standard in another language than the app's, and the lists do not clash.
// Forms are listed in full (no stemming): Slovak inflects its time units, and a prefix
// such as "min" would also match "minimum".

/** Units of time; a number followed by one of these is a time limit ("2 minutes"). */
export const TIME_UNITS: ReadonlySet<string> = new Set([
  // en
  ...['s', 'sec', 'secs', 'second', 'seconds', 'min', 'mins', 'minute', 'minutes'],
  ...['h', 'hr', 'hrs', 'hour', 'hours', 'd', 'day', 'days', 'wk', 'wks', 'week', 'weeks'],
  ...['month', 'months', 'year', 'years'],
  // ms, id
  ...['saat', 'minit', 'jam', 'hari', 'minggu', 'bulan', 'tahun', 'detik', 'menit', 'pekan'],
  // sk
  ...['sek', 'sekunda', 'sekundy', 'sekúnd', 'sekundu', 'sekundách', 'sekundami'],
  ...['minúta', 'minúty', 'minút', 'minútu', 'minútach', 'minútami', 'hod'],
  ...['hodina', 'hodiny', 'hodín', 'hodinu', 'hodinách', 'hodinami'],
  ...['deň', 'dni', 'dní', 'dňa', 'dňoch', 'dňami', 'dňom'],
  ...['týždeň', 'týždne', 'týždňov', 'týždňa', 'týždňoch', 'týždňami'],
  ...['mesiac', 'mesiace', 'mesiacov', 'mesiaca', 'mesiacoch', 'mesiacmi'],
  ...['rok', 'roky', 'rokov', 'roka', 'rokoch', 'rokmi'],
  // fa
  ...['ثانیه', 'دقیقه', 'ساعت', 'روز', 'هفته', 'ماه', 'سال'],
]);

/**
 * Words that may stand between a number and its time unit ("3 working days",
 * "3 pracovné dni"); in ms, id and fa they follow the unit, which needs no special case.
 */
export const TIME_MODIFIERS: ReadonlySet<string> = new Set([
  ...['working', 'business', 'calendar', 'full'],
  ...['pracovné', 'pracovných', 'pracovnými', 'pracovného', 'pracovnom', 'pracovný', 'pracovnú'],
  ...['kalendárne', 'kalendárnych', 'kalendárneho', 'celé', 'celých'],
]);

/** Percent written as a word ("90 percent", "90 peratus", "۹۰ درصد"). */
export const PERCENT_WORDS: ReadonlySet<string> = new Set([
  ...['percent', 'pct', 'peratus', 'persen', 'percentá', 'percentách', 'درصد'],
]);

export const PERCENT_SIGNS: ReadonlySet<string> = new Set(['%', '\u066a' /* ٪ */]);

/** Currency codes and signs that may stand before or after an amount. */
export const CURRENCIES: ReadonlySet<string> = new Set([
  ...['€', '$', '£', '¥', 'eur', 'euro', 'eura', 'usd', 'rm', 'myr', 'rp', 'idr'],
  ...['kč', 'czk', 'ریال', 'تومان', 'irr'],
]);

/**
 * Small words after a number that are not its unit ("90 of 100 calls": "of" is not
 * what the 90 counts).
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  // en
  ...['and', 'or', 'of', 'to', 'the', 'a', 'an', 'in', 'on', 'at', 'by', 'for', 'with'],
  ...['from', 'per', 'than', 'out', 'is', 'are', 'be', 'more', 'less', 'times'],
  // ms, id
  ...['dan', 'atau', 'daripada', 'dari', 'ke', 'di', 'dalam', 'untuk', 'yang', 'kali'],
  ...['atas', 'pada', 'oleh', 'setiap', 'tiap'],
  // sk
  ...['alebo', 'z', 'zo', 'do', 'na', 'v', 'vo', 'o', 's', 'so', 'pre', 'k', 'ku'],
  ...['od', 'po', 'ako', 'za', 'krát', 'je', 'sú'],
  // fa
  ...['و', 'یا', 'از', 'به', 'در', 'با', 'تا', 'برای', 'که', 'را', 'بار', 'هر'],
]);

/**
 * Numbers written as words, one to ten, in each language. They count only before a
 * time unit or a percent ("within two minutes"), never before other words, because
 * most of them are also ordinary words ("نه" is also "no" in Persian).
 */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ...(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'].map(
    (word, index) => [word, index + 1],
  ) as [string, number][]),
  ...(['satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'lapan', 'sembilan', 'sepuluh'].map(
    (word, index) => [word, index + 1],
  ) as [string, number][]),
  ['delapan', 8],
  ['sebulan', 1],
  ['seminggu', 1],
  ['sehari', 1],
  ['sejam', 1],
  ...(['jeden', 'dva', 'tri', 'štyri', 'päť', 'šesť', 'sedem', 'osem', 'deväť', 'desať'].map(
    (word, index) => [word, index + 1],
  ) as [string, number][]),
  ['jedna', 1],
  ['jednu', 1],
  ['jedného', 1],
  ['jednej', 1],
  ['dve', 2],
  ['dvoch', 2],
  ['troch', 3],
  ['štyroch', 4],
  ['piatich', 5],
  ...(['یک', 'دو', 'سه', 'چهار', 'پنج', 'شش', 'هفت', 'هشت', 'نه', 'ده'].map((word, index) => [
    word,
    index + 1,
  ]) as [string, number][]),
]);

/**
 * Malay and Indonesian fold "one" into the unit ("sehari", "seminggu"): a time limit on
 * its own, with no separate unit word.
 */
export const FOLDED_TIME_WORDS: ReadonlySet<string> = new Set([
  'sehari',
  'seminggu',
  'sebulan',
  'sejam',
  'setahun',
]);

/**
 * Time limits without a number: the same day, the next day, today. Matched as whole
 * word sequences in the normalised text.
 */
export const TIME_PHRASES: readonly string[] = [
  // en
  'same day',
  'same-day',
  'next day',
  'next working day',
  'next business day',
  'end of the day',
  'by tomorrow',
  'today',
  // ms, id
  'hari yang sama',
  'hari berikutnya',
  'hari bekerja berikutnya',
  'hari kerja berikutnya',
  'esok',
  'besok',
  'hari ini',
  // sk
  'v ten istý deň',
  'v ten deň',
  'v rovnaký deň',
  'do zajtra',
  'nasledujúci deň',
  'nasledujúci pracovný deň',
  'ešte dnes',
  'dnes',
  // fa
  'همان روز',
  'روز بعد',
  'فردا',
  'امروز',
];

/**
 * Vague words and phrases: they say that service should be good but not what staff do
 * or what the customer gets (seed 000's warning about "make customers happy").
 */
export const VAGUE_PHRASES: readonly string[] = [
  // en
  'quickly',
  'promptly',
  'asap',
  'as soon as possible',
  'as fast as possible',
  'soon',
  'always right',
  'make customers happy',
  'keep customers happy',
  'best possible',
  'best service',
  'excellent service',
  'great service',
  'good service',
  'world-class',
  'exceed expectations',
  // ms, id
  'segera',
  'dengan cepat',
  'secepat mungkin',
  'secepatnya',
  'sentiasa betul',
  'selalu benar',
  'perkhidmatan terbaik',
  'layanan terbaik',
  'perkhidmatan cemerlang',
  'layanan prima',
  // sk
  'rýchlo',
  'čo najskôr',
  'čo najrýchlejšie',
  'čím skôr',
  'vždy pravdu',
  'najlepší servis',
  'najlepšie služby',
  'výborné služby',
  'skvelé služby',
  // fa
  'سریع',
  'به‌سرعت',
  'هرچه زودتر',
  'در اسرع وقت',
  'همیشه حق',
  'بهترین خدمات',
  'خدمات عالی',
];

/**
 * A period without a number: "every month", "weekly". A standard reviewed on such a
 * rhythm is time-bound. "every"-words count only before a time unit.
 */
export const EVERY_WORDS: ReadonlySet<string> = new Set([
  ...['every', 'each', 'setiap', 'tiap', 'každý', 'každú', 'každé', 'každých', 'هر'],
]);

export const PERIOD_WORDS: ReadonlySet<string> = new Set([
  ...['daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'annually'],
  ...['harian', 'mingguan', 'bulanan', 'tahunan'],
  ...['denne', 'týždenne', 'mesačne', 'štvrťročne', 'ročne'],
  ...['روزانه', 'هفتگی', 'ماهانه', 'فصلی', 'سالانه'],
]);
