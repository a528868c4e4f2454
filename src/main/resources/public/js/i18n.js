// The page's words in English and Ukrainian, and number and date formatting per language.
// Proposal titles, summaries and sources come from the API in English only.

const STRINGS = {
  en: {
    appTitle: 'Territory Map',
    tagline: 'What each reported peace proposal would give to whom, in km² and % of Ukraine',
    skip: 'Skip to the figures',
    language: 'Language',
    view: 'View',
    single: 'One proposal',
    compare: 'Compare',
    proposal: 'Proposal',
    proposalN: 'Proposal {n}',
    none: '— none —',
    layer: 'Front line',
    layerOwn: 'As the proposal says',
    basis: 'Areas',
    official: 'Official',
    geodesic: 'Geodesic',
    basisOfficial: 'Official basis: each region\'s part scaled to its official area; Ukraine is {total} km².',
    basisGeodesic: 'Geodesic basis: areas measured on the map\'s boundary data; Ukraine is {total} km².',
    russia: 'Russia',
    ukraine: 'Ukraine',
    demilitarized: 'Demilitarized zone',
    'de-jure': 'recognised in law',
    'de-facto': 'recognised de facto',
    frozen: 'front frozen',
    returned: 'handed back',
    'status-quo': 'not mentioned, stays as held',
    unchanged: 'held by Ukraine, unchanged',
    'st-demilitarized': 'demilitarized',
    whoGetsWhat: 'Who gets what',
    ofUkraine: 'of Ukraine',
    against: 'Against the front line of {date}',
    cededByUkraine: 'Ukraine gives up',
    returnedByRussia: 'Russia hands back',
    netForUkraine: 'Net change for Ukraine',
    byRegion: 'By region, km²',
    region: 'Region',
    total: 'Total',
    about: 'About this proposal',
    sources: 'Sources',
    legend: 'Legend',
    borders: 'Ukraine in its internationally recognised 1991 borders, 27 regions',
    crimea: 'Crimea and Sevastopol: Ukrainian territory, occupied by Russia since 2014',
    approximate: 'Approximate front line',
    approximateLong: 'The front line used here is the project\'s approximation: figures near the front are estimates.',
    layerInfo: 'Front line of {date} ({source})',
    exports: 'Export',
    geojson: 'Map data (GeoJSON)',
    csv: 'Figures by region (CSV)',
    print: 'Print',
    permalink: 'Link to this view',
    hint: 'Point at or tap a region for its figures.',
    close: 'Close',
    area: 'Area',
    occupied: 'Held by Russia on {date}',
    ofRegion: 'of the region',
    differences: 'Differences',
    versus: '{b} against {a}',
    unitsCaption: 'km² (% of Ukraine)',
    assignedDifferently: 'Assigned differently',
    transfer: 'from {from} to {to}',
    noDifference: 'These proposals assign all territory the same way.',
    mapOf: 'Map: {title}',
    diffMapOf: 'Map of the territory {b} assigns differently from {a}',
    loading: 'Loading…',
    failed: 'Could not load the figures: {message}',
    notShown: '—',
  },
  uk: {
    appTitle: 'Карта територій',
    tagline: 'Що кожна з оприлюднених мирних пропозицій віддає кожній стороні, у км² і % території України',
    skip: 'Перейти до даних',
    language: 'Мова',
    view: 'Перегляд',
    single: 'Одна пропозиція',
    compare: 'Порівняння',
    proposal: 'Пропозиція',
    proposalN: 'Пропозиція {n}',
    none: '— немає —',
    layer: 'Лінія фронту',
    layerOwn: 'Як у пропозиції',
    basis: 'Площі',
    official: 'Офіційні',
    geodesic: 'Геодезичні',
    basisOfficial: 'Офіційна основа: частини кожного регіону зведено до його офіційної площі; площа України — {total} км².',
    basisGeodesic: 'Геодезична основа: площі виміряно за межами регіонів із даних карти; площа України — {total} км².',
    russia: 'Росія',
    ukraine: 'Україна',
    demilitarized: 'Демілітаризована зона',
    'de-jure': 'визнано юридично',
    'de-facto': 'визнано фактично',
    frozen: 'фронт заморожено',
    returned: 'повертається',
    'status-quo': 'не згадано, лишається як є',
    unchanged: 'під контролем України, без змін',
    'st-demilitarized': 'демілітаризовано',
    whoGetsWhat: 'Хто що отримує',
    ofUkraine: 'території України',
    against: 'Порівняно з лінією фронту на {date}',
    cededByUkraine: 'Україна віддає',
    returnedByRussia: 'Росія повертає',
    netForUkraine: 'Зміна для України',
    byRegion: 'За регіонами, км²',
    region: 'Регіон',
    total: 'Усього',
    about: 'Про пропозицію',
    sources: 'Джерела',
    legend: 'Умовні позначення',
    borders: 'Україна в міжнародно визнаних кордонах 1991 року, 27 регіонів',
    crimea: 'Крим і Севастополь: територія України, окупована Росією з 2014 року',
    approximate: 'Приблизна лінія фронту',
    approximateLong: 'Цю лінію фронту приблизно відтворено в проєкті, тож дані поблизу фронту — оцінки.',
    layerInfo: 'Лінія фронту на {date} ({source})',
    exports: 'Експорт',
    geojson: 'Дані карти (GeoJSON)',
    csv: 'Дані за регіонами (CSV)',
    print: 'Друкувати',
    permalink: 'Посилання на цей вигляд',
    hint: 'Наведіть курсор на регіон або торкніться його, щоб побачити дані.',
    close: 'Закрити',
    area: 'Площа',
    occupied: 'Під контролем Росії на {date}',
    ofRegion: 'регіону',
    differences: 'Відмінності',
    versus: '{b} порівняно з {a}',
    unitsCaption: 'км² (% території України)',
    assignedDifferently: 'Розподілено інакше',
    transfer: '{from} → {to}',
    noDifference: 'Ці пропозиції розподіляють усю територію однаково.',
    mapOf: 'Карта: {title}',
    diffMapOf: 'Карта території, яку {b} розподіляє інакше, ніж {a}',
    loading: 'Завантаження…',
    failed: 'Не вдалося завантажити дані: {message}',
    notShown: '—',
  },
};

export const LANGS = Object.keys(STRINGS);
let current = 'en';

export function setLang(lang) {
  current = STRINGS[lang] ? lang : 'en';
  document.documentElement.lang = current;
}

/** The text for a key, with {name} placeholders filled in. */
export function t(key, vars = {}) {
  const text = STRINGS[current][key] ?? STRINGS.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => vars[name] ?? '');
}

/** A status's name; "demilitarized" is both a party and a status. */
export function statusName(status) {
  return t(status === 'demilitarized' ? 'st-demilitarized' : status);
}

const locale = () => (current === 'uk' ? 'uk-UA' : 'en-GB');
const formats = new Map();

function format(digits, signed) {
  const key = `${locale()}|${digits}|${signed}`;
  if (!formats.has(key)) {
    formats.set(key, new Intl.NumberFormat(locale(), {
      minimumFractionDigits: digits, maximumFractionDigits: digits,
      signDisplay: signed ? 'exceptZero' : 'auto',
    }));
  }
  return formats.get(key);
}

/** km² as the API rounds them (0.1). */
export const km2 = (value, signed = false) => format(1, signed).format(value);
/** A percentage as the API rounds it (0.001). */
export const pct = (value, signed = false) => format(3, signed).format(value);
export const percentSign = () => (current === 'uk' ? '\u00a0%' : '%');
export const unitKm2 = () => (current === 'uk' ? 'км²' : 'km²');

export function date(iso) {
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso
    : new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(d);
}

/** A region's name in the current language (the API gives name and nameUk). */
export function regionName(region) {
  return current === 'uk' && region.nameUk ? region.nameUk : region.name;
}

/** A short name for a map label: Ukrainian names drop the word "область". */
export function regionLabel(region) {
  return current === 'uk' && region.nameUk ? region.nameUk.replace(/ область$/, '') : region.name;
}
