// The page's words in English and Ukrainian, number and date formatting per language, and the
// texts of proposals (titles, summaries, notes: {en, uk}, either may be missing) in the page's
// language, or marked as in the other where they have only that one.

const STRINGS = {
  en: {
    appTitle: 'Territory Map',
    tagline: 'What each reported peace proposal would give to whom, in km² and % of Ukraine',
    skip: 'Skip to the figures',
    language: 'Language',
    controls: 'What the map shows',
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
    basisOfficial: 'Official basis: each region\'s part scaled to its official area; Ukraine is {total} km², the 27 regions\' official areas added up (the national 603,628 km² has 88 km² no region\'s figure includes).',
    basisGeodesic: 'Geodesic basis: areas measured on the map\'s boundary data; Ukraine is {total} km².',
    russia: 'Russia',
    ukraine: 'Ukraine',
    undetermined: 'Undetermined',
    'third-party': 'A third party',
    thirdPartyNamed: '{name} (a third party)',
    'regime-none': 'no special regime',
    'regime-demilitarized': 'demilitarized',
    'regime-free-economic-zone': 'free economic zone',
    'regime-joint-administration': 'joint administration',
    'regime-international-monitoring': 'international monitoring',
    'rec-in-law': 'recognised in law',
    'rec-de-facto': 'recognised de facto',
    'rec-frozen': 'frozen along the front, pending talks',
    'rec-not-mentioned': 'recognition not mentioned',
    inLanguage: 'in {language}',
    termsHeading: 'The terms, and who reports them',
    comparedTitle: 'Compared: {titles}',
    occupiedOf: 'the occupied part of {region}',
    heldOf: 'the part of {region} Ukraine holds',
    occupiedAll: 'all the occupied territory',
    heldAll: 'all the territory Ukraine holds',
    'band-held': 'a {km} km band along the line of contact, on the side Ukraine holds',
    'band-occupied': 'a {km} km band along the line of contact, on the occupied side',
    'band-both': '{km} km each side of the line of contact',
    bandIn: '{band}, in {regions}',
    circle: 'within {km} km of {place}',
    drawnArea: 'an area drawn on a map',
    except: '{a}, except {b}',
    overlapOf: 'where {a} overlap',
    complexTerritory: 'an area made of several parts (see the map)',
    reportedBy: 'Reported by',
    noSourceCited: 'no source named for this term',
    namedPoints: 'Places the proposal names',
    'language-en': 'English',
    'language-uk': 'Ukrainian',
    whoGetsWhat: 'Who gets what',
    ofUkraine: 'of Ukraine',
    against: 'Against the front line of {date}',
    cededByUkraine: 'Ukraine gives up',
    returnedByRussia: 'Russia hands back',
    netForUkraine: 'Net change for Ukraine',
    people: 'people (pre-war population, estimate)',
    peopleNote: 'Pre-war population, estimate: the GeoNames cities and towns counted where they lie, and the rest of each region\'s official population (State Statistics Service of Ukraine, 1 January 2022; Crimea and Sevastopol: 1 January 2014, the last figures Ukraine published) spread over its area. Who lived there before 24 February 2022, not who lives there now; rounded to 1,000.',
    settlements: 'Largest settlements changing hands',
    settlementsCount: '{count} cities and towns change hands, with {persons} people before the war (GeoNames).',
    noSettlements: 'No city or town changes hands.',
    settlementMove: '{from} → {to}',
    settlementTitle: '{name}, {population} people: {from} → {to}',
    settlementsKey: 'Settlements changing hands, ringed in the colour of the side they go to',
    byRegion: 'By region, km²',
    region: 'Region',
    total: 'Total',
    about: 'About this proposal',
    sources: 'Sources',
    legend: 'Legend',
    borders: 'Ukraine in its internationally recognised 1991 borders, 27 regions',
    contactLine: 'Line of contact on the date of the front line shown',
    placesKey: 'Cities and towns (GeoNames); more appear as you zoom in',
    crimea: 'Crimea and Sevastopol: Ukrainian territory, occupied by Russia since 2014',
    approximate: 'Approximate front line',
    approximateLong: 'The front line used here is the project\'s approximation: figures near the front are estimates.',
    layerInfo: 'Front line of {date} ({source})',
    exports: 'Export',
    geojson: 'Map data (GeoJSON)',
    csv: 'Figures by region (CSV)',
    print: 'Print',
    permalink: 'Link to this view',
    png: 'Map image (PNG)',
    svg: 'Map image (SVG)',
    embed: 'Embed',
    embedHelp: 'Paste this into a web page to show this map and its figures:',
    hint: 'Point at or tap a region for its figures.',
    close: 'Close',
    area: 'Area',
    occupied: 'Held by Russia on {date}',
    ofRegion: 'of the region',
    ourSources: 'sources of Territory Map',
    boundariesCredit: 'Boundaries',
    placesCredit: 'Places',
    layerCreditShort: 'Front line: {source} ({date})',
    roundedNote: 'On an approximate front line, areas are rounded to 100 km² and shares to 0.1 %: the line is drawn from public reports, and an error of a few km along the front moves figures by hundreds of km². The API and the exports give them in full.',
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
    // Control over time
    yourProposal: 'Your proposal',
    layerOwnShort: 'the proposal\'s own',
    lineChoice: 'Which front line',
    lineAsReported: 'Terms as reported on {date}',
    lineToday: 'Today\'s line ({date})',
    lineAgeDays: '{days} days old',
    lineAgeOneDay: '1 day old',
    lineAgeToday: 'from today',
    overTimeTitle: 'Occupied area over time',
    chartFor: 'Where',
    chartTable: 'The figures as a table',
    allUkraine: 'All of Ukraine',
    occupiedSeries: 'Held by Russia',
    yes: 'yes',
    chartLabel: 'Chart: area held by Russia in {where}, from {a} km² on {from} to {b} km² on {to}; the figures are in the table below.',
    chartEmpty: 'Chart: no front lines loaded.',
    timelineCaption: 'Area held by Russia on each front line (% of Ukraine)',
    date: 'Date',
    changeSince: 'Change since the previous line, km²',
    overTime: 'Occupied area over time',
    lineShown: 'the front line on the map',
    pctAxis: '% of Ukraine',
    pctRegionAxis: '% of the region',
    // Your proposal
    editorTitle: 'Your proposal',
    editorIntro: 'Say who gets each region, or its occupied or held part, and draw areas on the map; the figures follow as you go. Nothing is stored until you save.',
    fieldTitle: 'Title',
    fieldSummary: 'Summary: what the proposal says',
    fieldDate: 'Date',
    fieldId: 'Short name (for the link)',
    fieldIdHint: 'Lower-case letters, digits and hyphens; made from the title if left empty.',
    editorLayer: 'The terms refer to the front line of {date}; move the “Front line” slider to change it.',
    unassigned: 'Territory no term names',
    'unassigned-status-quo': 'stays with whoever holds it',
    'unassigned-ukraine': 'is Ukraine\'s',
    regionTerms: 'Regions',
    regionTermsHint: 'For each region, or its occupied or held part on that front line: who gets it, and on what terms.',
    mapPreviewHint: 'The map shows the proposal as the server works it out, in the colours and patterns of a saved one: a region\'s occupied or held part as it lies on that front line. It fades until the figures catch up with a change, and keeps the last shapes while the proposal has a problem.',
    drawnAreas: 'Areas drawn on the map',
    drawnAreasHint: 'Drawn areas take precedence over the region terms they overlap.',
    drawnOutlineHint: 'On the map, a dotted line is an area as you drew it; its fill is what it counts for, cut to Ukraine\'s 1991 borders.',
    mapNotUpdated: 'Not updated: the proposal has a problem',
    drawArea: 'Draw an area on the map',
    addSource: 'Add a source',
    definitionJson: 'The definition (JSON)',
    saveHeading: 'Save',
    fieldToken: 'Write token',
    fieldTokenHint: 'The server\'s write token. Kept in this browser tab only, never in the link.',
    saveProposal: 'Save the proposal',
    resetDraft: 'Start again',
    resetConfirm: 'Clear this draft and start again?',
    whoGetsIt: '{region}: who gets it',
    onWhatTerms: '{region}: how it is recognised',
    underWhatRegime: '{region}: under what regime',
    thirdPartyOf: '{region}: which third party',
    thirdPartyName: 'Which party (e.g. United States)',
    termsFor: '{region}: what the proposal names',
    'scope-none': 'not named',
    'scope-whole': 'the whole region',
    'scope-occupied': 'its occupied part',
    'scope-held': 'its held part',
    'scope-parts': 'each part separately',
    occupiedPart: 'Occupied part:',
    heldPart: 'Held part:',
    partOccupied: 'occupied part',
    partHeld: 'held part',
    occupiedKm2: 'occupied: {km2} km²',
    areaN: 'Area {n}',
    corners: '{n} corners',
    areaNote: 'Area {n}: note',
    noteOptional: 'Note (optional)',
    showOnMap: 'Show',
    remove: 'Remove',
    sourcePublisher: 'Publisher',
    sourceTitle: 'Headline or description',
    sourceUrl: 'Address (optional)',
    removeSource: 'Remove this source',
    untitled: 'Untitled',
    previewFailed: 'The figures could not be updated: {detail}',
    warnings: 'Changes the server made',
    problem401: 'The write token was refused.',
    problem403: 'This server does not accept new proposals.',
    problem409: 'That short name is taken.',
    problem422: 'The proposal cannot be saved as it is.',
    problemNetwork: 'The server could not be reached.',
    problemOther: 'The server answered {status}.',
    'required-title': 'Give the proposal a title.',
    'required-summary': 'Say in a sentence or two what the proposal says.',
    'required-token': 'Enter the server\'s write token to save.',
    fixFields: 'Some fields need attention (marked).',
    saving: 'Saving…',
    savedAs: 'Saved as {id}.',
    editProposal: 'Change this proposal',
    cannotEdit: 'Proposal {id} uses terms this form cannot show (e.g. unions or buffers); change it through the API.',
    editingNote: 'Changing the stored proposal {id}. Saving replaces it, unless someone has changed it since you loaded it.',
    conflict: 'Someone changed {id} after you loaded it, so it was not saved (nothing of theirs was lost). Load their version (your changes here are dropped), or overwrite theirs with yours?',
    conflictReload: 'Load their version',
    conflictOverwrite: 'Overwrite with mine',
    conflictReloaded: 'Their version is loaded; make your changes again and save.',
    searchProposals: 'Find a proposal',
    searchHint: 'a word of its title, in English or Ukrainian, or its id',
    undated: 'Undated',
    moreProposals: 'More proposals',
    found: '{n} proposals found.',
    layerNotLoaded: '(its layer is not loaded)',
    stillEvaluating: '(its figures are being computed: reload shortly)',
    drawCentre: 'Add the centre',
    drawUndo: 'Undo',
    drawFinish: 'Finish',
    drawCancel: 'Cancel',
    drawHint: 'Click the map to add corners ({n} so far); double-click or Finish to close the area.',
    notShown: '—',
  },
  uk: {
    appTitle: 'Карта територій',
    tagline: 'Що кожна з оприлюднених мирних пропозицій віддає кожній стороні, у км² і % території України',
    skip: 'Перейти до даних',
    language: 'Мова',
    controls: 'Що показує карта',
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
    basisOfficial: 'Офіційна основа: частини кожного регіону зведено до його офіційної площі; площа України — {total} км², сума офіційних площ 27 регіонів (загальнодержавні 603 628 км² містять 88 км², яких не містить площа жодного регіону).',
    basisGeodesic: 'Геодезична основа: площі виміряно за межами регіонів із даних карти; площа України — {total} км².',
    russia: 'Росія',
    ukraine: 'Україна',
    undetermined: 'Не визначено',
    'third-party': 'Третя сторона',
    thirdPartyNamed: '{name} (третя сторона)',
    'regime-none': 'без особливого режиму',
    'regime-demilitarized': 'демілітаризовано',
    'regime-free-economic-zone': 'вільна економічна зона',
    'regime-joint-administration': 'спільне управління',
    'regime-international-monitoring': 'міжнародний моніторинг',
    'rec-in-law': 'визнано юридично',
    'rec-de-facto': 'визнано фактично',
    'rec-frozen': 'заморожено по лінії фронту до переговорів',
    'rec-not-mentioned': 'про визнання не сказано',
    inLanguage: '{language}',
    termsHeading: 'Умови і хто про них повідомляє',
    comparedTitle: 'Порівняння: {titles}',
    occupiedOf: '{region}: окупована частина',
    heldOf: '{region}: підконтрольна Україні частина',
    occupiedAll: 'уся окупована територія',
    heldAll: 'уся підконтрольна Україні територія',
    'band-held': 'смуга {km} км уздовж лінії зіткнення на підконтрольному Україні боці',
    'band-occupied': 'смуга {km} км уздовж лінії зіткнення на окупованому боці',
    'band-both': 'по {km} км обабіч лінії зіткнення',
    bandIn: '{band}: {regions}',
    circle: 'у радіусі {km} км від {place}',
    drawnArea: 'ділянка, накреслена на карті',
    except: '{a}, крім {b}',
    overlapOf: 'перетин: {a}',
    complexTerritory: 'територія з кількох частин (див. карту)',
    reportedBy: 'Повідомляє:',
    noSourceCited: 'джерело для цієї умови не названо',
    namedPoints: 'Місця, названі в пропозиції',
    'language-en': 'англійською',
    'language-uk': 'українською',
    whoGetsWhat: 'Хто що отримує',
    ofUkraine: 'території України',
    against: 'Порівняно з лінією фронту на {date}',
    cededByUkraine: 'Україна віддає',
    returnedByRussia: 'Росія повертає',
    netForUkraine: 'Зміна для України',
    people: 'осіб (довоєнне населення, оцінка)',
    peopleNote: 'Довоєнне населення, оцінка: міста й селища GeoNames враховано там, де вони розташовані, а решту офіційної чисельності населення кожного регіону (Державна служба статистики України, 1 січня 2022 року; Крим і Севастополь: 1 січня 2014 року, останні дані, які оприлюднила Україна) розподілено за його площею. Це ті, хто жив там до 24 лютого 2022 року, а не ті, хто живе там тепер; округлено до 1 000.',
    settlements: 'Найбільші населені пункти, що переходять до іншої сторони',
    settlementsCount: 'До іншої сторони переходять {count} міст і селищ, де до війни жили {persons} осіб (GeoNames).',
    noSettlements: 'Жодне місто чи селище не переходить до іншої сторони.',
    settlementMove: '{from} → {to}',
    settlementTitle: '{name}, {population} осіб: {from} → {to}',
    settlementsKey: 'Населені пункти, що переходять до іншої сторони, обведені кольором сторони, до якої переходять',
    byRegion: 'За регіонами, км²',
    region: 'Регіон',
    total: 'Усього',
    about: 'Про пропозицію',
    sources: 'Джерела',
    legend: 'Умовні позначення',
    borders: 'Україна в міжнародно визнаних кордонах 1991 року, 27 регіонів',
    contactLine: 'Лінія зіткнення на дату показаної лінії фронту',
    placesKey: 'Міста й селища (GeoNames); більше з наближенням',
    crimea: 'Крим і Севастополь: територія України, окупована Росією з 2014 року',
    approximate: 'Приблизна лінія фронту',
    approximateLong: 'Цю лінію фронту приблизно відтворено в проєкті, тож дані поблизу фронту — оцінки.',
    layerInfo: 'Лінія фронту на {date} ({source})',
    exports: 'Експорт',
    geojson: 'Дані карти (GeoJSON)',
    csv: 'Дані за регіонами (CSV)',
    print: 'Друкувати',
    permalink: 'Посилання на цей вигляд',
    png: 'Зображення карти (PNG)',
    svg: 'Зображення карти (SVG)',
    embed: 'Вбудувати',
    embedHelp: 'Вставте цей код у вебсторінку, щоб показати цю карту з даними:',
    hint: 'Наведіть курсор на регіон або торкніться його, щоб побачити дані.',
    close: 'Закрити',
    area: 'Площа',
    occupied: 'Під контролем Росії на {date}',
    ofRegion: 'регіону',
    ourSources: 'джерела Territory Map',
    boundariesCredit: 'Кордони',
    placesCredit: 'Населені пункти',
    layerCreditShort: 'Лінія фронту: {source} ({date})',
    roundedNote: 'На приблизній лінії фронту площі округлено до 100 км², частки — до 0,1 %: лінію проведено за публічними повідомленнями, і похибка в кілька кілометрів уздовж фронту змінює площі на сотні км². API та експорт подають їх повністю.',
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
    // Control over time
    yourProposal: 'Ваша пропозиція',
    layerOwnShort: 'як у пропозиції',
    lineChoice: 'Яка лінія фронту',
    lineAsReported: 'Умови, як повідомлено {date}',
    lineToday: 'Сьогоднішня лінія ({date})',
    lineAgeDays: 'давність: {days} дн.',
    lineAgeOneDay: 'давність: 1 день',
    lineAgeToday: 'сьогоднішня',
    overTimeTitle: 'Окупована площа з часом',
    chartFor: 'Де',
    chartTable: 'Дані таблицею',
    allUkraine: 'Уся Україна',
    occupiedSeries: 'Під контролем Росії',
    yes: 'так',
    chartLabel: 'Графік: площа під контролем Росії ({where}), від {a} км² на {from} до {b} км² на {to}; дані — у таблиці нижче.',
    chartEmpty: 'Графік: ліній фронту не завантажено.',
    timelineCaption: 'Площа під контролем Росії на кожній лінії фронту (% території України)',
    date: 'Дата',
    changeSince: 'Зміна від попередньої лінії, км²',
    overTime: 'Окупована площа з часом',
    lineShown: 'лінія фронту на карті',
    pctAxis: '% України',
    pctRegionAxis: '% регіону',
    // Your proposal
    editorTitle: 'Ваша пропозиція',
    editorIntro: 'Укажіть, кому відходить кожен регіон або його окупована чи підконтрольна частина, і накресліть ділянки на карті; дані оновлюються одразу. Нічого не зберігається, доки ви не збережете.',
    fieldTitle: 'Назва',
    fieldSummary: 'Стислий зміст пропозиції',
    fieldDate: 'Дата',
    fieldId: 'Коротка назва (для посилання)',
    fieldIdHint: 'Малі латинські літери, цифри й дефіси; якщо порожньо — з назви.',
    editorLayer: 'Умови стосуються лінії фронту на {date}; змініть її повзунком «Лінія фронту».',
    unassigned: 'Територія, не названа в умовах',
    'unassigned-status-quo': 'лишається за тим, хто її контролює',
    'unassigned-ukraine': 'належить Україні',
    regionTerms: 'Регіони',
    regionTermsHint: 'Для кожного регіону або його окупованої чи підконтрольної частини на цій лінії фронту: кому й на яких умовах.',
    mapPreviewHint: 'Карта показує пропозицію так, як її обчислює сервер, тими ж кольорами й візерунками, що й збережену: окуповану чи підконтрольну частину регіону — такою, якою вона є на цій лінії фронту. Доки дані не оновилися після зміни, карта бліднішає, а поки в пропозиції є помилка, лишає останні обриси.',
    drawnAreas: 'Ділянки, накреслені на карті',
    drawnAreasHint: 'Накреслені ділянки мають перевагу над умовами для регіонів, які вони перекривають.',
    drawnOutlineHint: 'На карті пунктир — ділянка так, як ви її накреслили; заливка — те, що враховано, у межах кордонів України 1991 року.',
    mapNotUpdated: 'Не оновлено: у пропозиції є помилка',
    drawArea: 'Накреслити ділянку на карті',
    addSource: 'Додати джерело',
    definitionJson: 'Опис пропозиції (JSON)',
    saveHeading: 'Збереження',
    fieldToken: 'Токен запису',
    fieldTokenHint: 'Токен запису сервера. Зберігається лише в цій вкладці, ніколи в посиланні.',
    saveProposal: 'Зберегти пропозицію',
    resetDraft: 'Почати спочатку',
    resetConfirm: 'Очистити чернетку й почати спочатку?',
    whoGetsIt: '{region}: кому відходить',
    onWhatTerms: '{region}: як визнано',
    underWhatRegime: '{region}: який режим',
    thirdPartyOf: '{region}: яка третя сторона',
    thirdPartyName: 'Яка сторона (напр. США)',
    termsFor: '{region}: що названо в пропозиції',
    'scope-none': 'не названо',
    'scope-whole': 'увесь регіон',
    'scope-occupied': 'окупована частина',
    'scope-held': 'підконтрольна Україні частина',
    'scope-parts': 'кожна частина окремо',
    occupiedPart: 'Окупована частина:',
    heldPart: 'Підконтрольна частина:',
    partOccupied: 'окупована частина',
    partHeld: 'підконтрольна частина',
    occupiedKm2: 'окуповано: {km2} км²',
    areaN: 'Ділянка {n}',
    corners: 'вершин: {n}',
    areaNote: 'Ділянка {n}: примітка',
    noteOptional: 'Примітка (необов’язково)',
    showOnMap: 'Показати',
    remove: 'Вилучити',
    sourcePublisher: 'Видання',
    sourceTitle: 'Заголовок або опис',
    sourceUrl: 'Адреса (необов’язково)',
    removeSource: 'Вилучити це джерело',
    untitled: 'Без назви',
    previewFailed: 'Не вдалося оновити дані: {detail}',
    warnings: 'Зміни, внесені сервером',
    problem401: 'Токен запису не прийнято.',
    problem403: 'Цей сервер не приймає нових пропозицій.',
    problem409: 'Ця коротка назва вже зайнята.',
    problem422: 'Пропозицію не можна зберегти в такому вигляді.',
    problemNetwork: 'Не вдалося зв’язатися із сервером.',
    problemOther: 'Сервер відповів {status}.',
    'required-title': 'Дайте пропозиції назву.',
    'required-summary': 'Опишіть одним-двома реченнями, що пропонується.',
    'required-token': 'Уведіть токен запису сервера, щоб зберегти.',
    fixFields: 'Деякі поля потребують уваги (позначено).',
    saving: 'Збереження…',
    savedAs: 'Збережено як {id}.',
    editProposal: 'Змінити цю пропозицію',
    cannotEdit: 'Пропозиція {id} має умови, яких ця форма не показує (напр. об’єднання чи буфери); змініть її через API.',
    editingNote: 'Ви змінюєте збережену пропозицію {id}. Збереження замінить її, якщо ніхто не змінив її після того, як ви її завантажили.',
    conflict: 'Хтось змінив {id} після того, як ви її завантажили, тож її не збережено (їхні зміни не втрачено). Завантажити їхню версію (ваші зміни тут буде відкинуто) чи записати вашу замість неї?',
    conflictReload: 'Завантажити їхню версію',
    conflictOverwrite: 'Записати мою',
    conflictReloaded: 'Їхню версію завантажено; внесіть свої зміни ще раз і збережіть.',
    searchProposals: 'Знайти пропозицію',
    searchHint: 'слово з назви (українською чи англійською) або ідентифікатор',
    undated: 'Без дати',
    moreProposals: 'Більше пропозицій',
    found: 'Знайдено пропозицій: {n}.',
    layerNotLoaded: '(її шар не завантажено)',
    stillEvaluating: '(її показники ще обчислюються: оновіть сторінку трохи згодом)',
    drawCentre: 'Додати центр',
    drawUndo: 'Скасувати крок',
    drawFinish: 'Готово',
    drawCancel: 'Скасувати',
    drawHint: 'Клацайте на карті, щоб додати вершини (уже {n}); подвійне клацання або «Готово» замикає ділянку.',
    notShown: '—',
  },
};

export const LANGS = Object.keys(STRINGS);
let current = 'en';

export function setLang(lang) {
  current = STRINGS[lang] ? lang : 'en';
  document.documentElement.lang = current;
}

/** The text for a key as written, placeholders and all (for dom.js fill). */
/** The page's language: 'en' or 'uk'. */
export const lang = () => current;

export function tr(key) {
  return STRINGS[current][key] ?? STRINGS.en[key] ?? key;
}

/** The text for a key, with {name} placeholders filled in. */
export function t(key, vars = {}) {
  const text = STRINGS[current][key] ?? STRINGS.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => vars[name] ?? '');
}

/** A regime's name ('demilitarized' → "demilitarized"); one the page does not know, as sent. */
export const regimeName = (regime) => (STRINGS.en[`regime-${regime}`] ? t(`regime-${regime}`) : String(regime));

/** A recognition's name ('in-law' → "recognised in law"); one the page does not know, as sent. */
export const recognitionName = (recognition) => (STRINGS.en[`rec-${recognition}`] ? t(`rec-${recognition}`) : String(recognition));

/** The short tag of a language, as shown beside a text in it on a page in the other. */
const LANG_TAGS = { en: 'EN', uk: 'УКР' };

/**
 * A text of a proposal in the page's language: { text, lang } where lang is the language it is in
 * (the other's where it has only that one). value is a text from the API ({en, uk}, either may be
 * missing) or a plain string (a definition's, read as English); null or '' for none.
 */
export function textIn(value) {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string') return { text: value, lang: 'en' };
  const other = current === 'uk' ? 'en' : 'uk';
  if (value[current]) return { text: value[current], lang: current };
  if (value[other]) return { text: value[other], lang: other };
  return null;
}

/** A text of a proposal as a string in the page's language, else the other's (for titles, labels). */
export const plain = (value) => textIn(value)?.text ?? '';

/**
 * A text of a proposal as nodes: in a span with its lang (so that a screen reader reads it in its
 * language) and, where it is not in the page's language, a small tag saying which it is in.
 */
export function text(value) {
  const found = textIn(value);
  if (!found) return document.createTextNode('');
  const span = document.createElement('span');
  span.lang = found.lang;
  span.textContent = found.text;
  if (found.lang === current) return span;
  span.classList.add('other-language');
  const tag = document.createElement('span');
  tag.className = 'lang-tag';
  const visible = document.createElement('span');
  visible.setAttribute('aria-hidden', 'true');
  visible.textContent = LANG_TAGS[found.lang];
  const spoken = document.createElement('span');
  spoken.className = 'visually-hidden';
  spoken.textContent = `(${t('inLanguage', { language: t(`language-${found.lang}`) })})`;
  tag.append(visible, spoken);
  const both = document.createDocumentFragment();
  both.append(span, ' ', tag);
  return both;
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

/** km² an approximate front line can claim: to 100 km² (the API keeps 0.1; the page says so). */
export const APPROXIMATE_KM2_STEP = 100;
let roughly = false;

/** Whether the figures shown next rest on an approximate front line (set per view by app.js). */
export function setApproximate(approximate) {
  roughly = Boolean(approximate);
}

/**
 * km²: as the API rounds them (0.1), or "≈" and to 100 km² on an approximate line (approximate:
 * that of the figures shown, unless told; false for figures that do not depend on the line).
 */
export const km2 = (value, signed = false, approximate = roughly) => (approximate
  ? `≈${format(0, signed).format(Math.round(value / APPROXIMATE_KM2_STEP) * APPROXIMATE_KM2_STEP)}`
  : format(1, signed).format(value));
/** Persons a pre-war population estimate can claim: "≈" and to 1,000 (the API keeps whole persons). */
export const PERSONS_STEP = 1000;
export const persons = (value, signed = false) =>
  `≈${format(0, signed).format(Math.round(value / PERSONS_STEP) * PERSONS_STEP)}`;
/** A count as is (a place's GeoNames population, a number of places). */
export const count = (value) => format(0, false).format(value);
/** A percentage to one decimal (the API keeps 0.001). */
export const pct = (value, signed = false) => format(1, signed).format(value);
/** A number with at most `digits` decimals, none forced (for axis ticks: "19", "18.5"). */
export const num = (value, digits) => new Intl.NumberFormat(locale(), { maximumFractionDigits: digits }).format(value);
export const percentSign = () => (current === 'uk' ? '\u00a0%' : '%');
export const unitKm2 = () => (current === 'uk' ? 'км²' : 'km²');

export function date(iso) {
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso
    : new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(d);
}

/** A month and year, short ("Nov 2024"), for a chart's time axis. */
export function monthYear(iso) {
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso
    : new Intl.DateTimeFormat(locale(), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(d);
}

/** A region's name in the current language (the API gives name and nameUk). */
export function regionName(region) {
  return current === 'uk' && region.nameUk ? region.nameUk : region.name;
}

/** A short name for a map label: Ukrainian names drop the word "область". */
export function regionLabel(region) {
  return current === 'uk' && region.nameUk ? region.nameUk.replace(/ область$/, '') : region.name;
}
