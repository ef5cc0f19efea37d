/**
 * Messages of the import warnings (codes from src/core/ingest/report-warnings.ts), in the
 * four UI languages; en is spread into the English catalog, the others into theirs.
 */
export const importWarningMessages = {
  'import.warnings': 'Check before importing',
  'import.warnings.after': 'Reading the whole file found',
  'import.headerRow': 'Table starts on line',
  'import.warning.preamble':
    'Lines {lines} above the header (line {header}) are a title or blank, not data: they are skipped.',
  'import.warning.duplicate-header':
    'Several columns are named “{name}” (columns {column} and {others}). Column {column} is read as {role}.',
  'import.warning.duplicate-header.use': 'Read column {column} instead',
  'import.warning.total-rows':
    'Total rows (“Total”, “Итого”, “Общо”…): {count}, on lines {lines}. They are rejected as “total row”, not imported.',
  'import.warning.nul-bytes':
    'Rows with a NUL byte (binary data): {count}, on lines {lines}. They are rejected.',
  'import.warning.invalid-bytes':
    'Rows with bytes that are not valid {encoding}: {count}, on lines {lines}. They are rejected; the file may mix encodings.',
  'import.warning.dates-far':
    'Dates far outside the rest of the file: {count} (years {years}; lines {lines}). The other dates run from {first} to {last}.',
  'import.warning.dates-far.exclude': 'Exclude rows dated outside {first} – {last}',
  'import.warning.dates-far.again': 'Import again without them',
  'import.warning.dates-excluded':
    'Rows dated outside {first} – {last}: {count}, on lines {lines}. They are rejected as “excluded: date far outside the file”.',
  'import.warning.encoding-changed':
    'Bytes after the start of the file (lines {lines}) are not {from}: the whole file was read again as {to}.',
  'import.warning.invisible-removed':
    'Invisible characters (direction marks, zero-width spaces) removed from ids or names: {count} rows, lines {lines}. Two ids that only differed by them are one customer.',
  'import.warning.text-truncated':
    'Texts longer than {max} characters cut to {max}: {count} rows, lines {lines}.',
};

type Messages = Record<keyof typeof importWarningMessages, string>;

export const importWarningMessagesRu: Messages = {
  'import.warnings': 'Проверьте перед импортом',
  'import.warnings.after': 'При чтении всего файла найдено',
  'import.headerRow': 'Таблица начинается на строке',
  'import.warning.preamble':
    'Строки {lines} над заголовком (строка {header}) — название отчёта или пустые строки, а не данные: они пропущены.',
  'import.warning.duplicate-header':
    'Несколько столбцов называются «{name}» (столбцы {column} и {others}). Как «{role}» читается столбец {column}.',
  'import.warning.duplicate-header.use': 'Читать столбец {column}',
  'import.warning.total-rows':
    'Итоговые строки («Итого», «Total», «Общо»…): {count}, строки {lines}. Они отклоняются как «total row» и не импортируются.',
  'import.warning.nul-bytes':
    'Строки с байтом NUL (двоичные данные): {count}, строки {lines}. Они отклоняются.',
  'import.warning.invalid-bytes':
    'Строки с байтами, недопустимыми в {encoding}: {count}, строки {lines}. Они отклоняются; возможно, в файле смешаны кодировки.',
  'import.warning.dates-far':
    'Даты далеко за пределами остального файла: {count} (годы {years}; строки {lines}). Остальные даты — с {first} по {last}.',
  'import.warning.dates-far.exclude': 'Исключить строки с датами вне {first} – {last}',
  'import.warning.dates-far.again': 'Импортировать заново без них',
  'import.warning.dates-excluded':
    'Строки с датами вне {first} – {last}: {count}, строки {lines}. Они отклоняются как «excluded: date far outside the file».',
  'import.warning.encoding-changed':
    'Байты дальше начала файла (строки {lines}) не в кодировке {from}: весь файл прочитан заново как {to}.',
  'import.warning.invisible-removed':
    'Невидимые символы (метки направления, пробелы нулевой ширины) удалены из идентификаторов и названий: {count} строк, строки {lines}. Идентификаторы, различавшиеся только ими, — один клиент.',
  'import.warning.text-truncated':
    'Тексты длиннее {max} символов обрезаны до {max}: {count} строк, строки {lines}.',
};

export const importWarningMessagesBg: Messages = {
  'import.warnings': 'Проверете преди импортиране',
  'import.warnings.after': 'При четенето на целия файл бе открито',
  'import.headerRow': 'Таблицата започва на ред',
  'import.warning.preamble':
    'Редове {lines} над заглавния ред (ред {header}) са заглавие на отчета или празни, а не данни: пропускат се.',
  'import.warning.duplicate-header':
    'Няколко колони се казват „{name}“ (колони {column} и {others}). Като „{role}“ се чете колона {column}.',
  'import.warning.duplicate-header.use': 'Чети колона {column}',
  'import.warning.total-rows':
    'Редове с общи суми („Общо“, „Total“, „Итого“…): {count}, на редове {lines}. Отхвърлят се като „total row“ и не се импортират.',
  'import.warning.nul-bytes':
    'Редове с байт NUL (двоични данни): {count}, на редове {lines}. Отхвърлят се.',
  'import.warning.invalid-bytes':
    'Редове с байтове, невалидни в {encoding}: {count}, на редове {lines}. Отхвърлят се; файлът може да смесва кодировки.',
  'import.warning.dates-far':
    'Дати далеч извън останалата част от файла: {count} (години {years}; редове {lines}). Останалите дати са от {first} до {last}.',
  'import.warning.dates-far.exclude': 'Изключи редовете с дати извън {first} – {last}',
  'import.warning.dates-far.again': 'Импортирай отново без тях',
  'import.warning.dates-excluded':
    'Редове с дати извън {first} – {last}: {count}, на редове {lines}. Отхвърлят се като „excluded: date far outside the file“.',
  'import.warning.encoding-changed':
    'Байтовете след началото на файла (редове {lines}) не са в {from}: целият файл е прочетен отново като {to}.',
  'import.warning.invisible-removed':
    'Невидими знаци (знаци за посока, интервали с нулева ширина) са премахнати от идентификатори и имена: {count} реда, редове {lines}. Идентификатори, различаващи се само по тях, са един клиент.',
  'import.warning.text-truncated':
    'Текстове по-дълги от {max} знака са съкратени до {max}: {count} реда, редове {lines}.',
};

export const importWarningMessagesRo: Messages = {
  'import.warnings': 'Verificați înainte de import',
  'import.warnings.after': 'Citirea întregului fișier a găsit',
  'import.headerRow': 'Tabelul începe pe rândul',
  'import.warning.preamble':
    'Rândurile {lines} de deasupra antetului (rândul {header}) sunt titlul raportului sau goale, nu date: sunt omise.',
  'import.warning.duplicate-header':
    'Mai multe coloane se numesc „{name}” (coloanele {column} și {others}). Coloana {column} este citită ca {role}.',
  'import.warning.duplicate-header.use': 'Citește coloana {column}',
  'import.warning.total-rows':
    'Rânduri de total („Total general”, „Total”, „Итого”…): {count}, pe rândurile {lines}. Sunt respinse ca „total row”, nu se importă.',
  'import.warning.nul-bytes':
    'Rânduri cu un octet NUL (date binare): {count}, pe rândurile {lines}. Sunt respinse.',
  'import.warning.invalid-bytes':
    'Rânduri cu octeți nevalizi în {encoding}: {count}, pe rândurile {lines}. Sunt respinse; fișierul poate amesteca codificări.',
  'import.warning.dates-far':
    'Date mult în afara restului fișierului: {count} (anii {years}; rândurile {lines}). Celelalte date sunt între {first} și {last}.',
  'import.warning.dates-far.exclude': 'Exclude rândurile datate în afara {first} – {last}',
  'import.warning.dates-far.again': 'Importă din nou fără ele',
  'import.warning.dates-excluded':
    'Rânduri datate în afara {first} – {last}: {count}, pe rândurile {lines}. Sunt respinse ca „excluded: date far outside the file”.',
  'import.warning.encoding-changed':
    'Octeții de după începutul fișierului (rândurile {lines}) nu sunt {from}: întregul fișier a fost citit din nou ca {to}.',
  'import.warning.invisible-removed':
    'Caractere invizibile (marcaje de direcție, spații de lățime zero) eliminate din identificatori și nume: {count} rânduri, rândurile {lines}. Identificatorii care diferă doar prin ele sunt un singur client.',
  'import.warning.text-truncated':
    'Textele mai lungi de {max} caractere au fost scurtate la {max}: {count} rânduri, rândurile {lines}.',
};
