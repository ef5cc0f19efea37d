/** Bulgarian messages (keys and placeholders: ./en.ts). */
import type { Translation } from '../../../ui/i18n/index.ts';
import type { en } from './en.ts';

export const bg = {
  'import.title': 'Импортиране на файл',
  'import.pick': 'Избор на файл',
  'import.dropHere': 'Пуснете тук файл CSV, TSV, TXT или Excel (.xlsx) или',
  'import.formats':
    'Транзакции (идентификатор на клиент, дата, сума; по избор поръчка, продукт, канал, количество, разход), файл с клиенти (идентификатор, име, дата на регистрация, сегмент, канал, цена на привличане, край на договора) или обобщение по клиенти (идентификатор, честота, давност, T, парична стойност).',
  'import.detecting': 'Четене на „{name}“…',
  'import.settings': 'Разпознати настройки',
  'import.kind': 'Тип на файла',
  'import.kind.transactions': 'Транзакции',
  'import.kind.customers': 'Клиенти',
  'import.kind.summary': 'Обобщение по клиенти',
  'import.encoding': 'Кодиране',
  'import.sheet': 'Лист',
  'import.sheetOption': '{name} (редове: {rows})',
  'import.sheetHidden': '{name} (скрит, редове: {rows})',
  'import.delimiter': 'Разделител',
  'import.header': 'Първият ред е заглавен',
  'import.decimal': 'Десетичен разделител',
  'import.thousands': 'Разделител на хилядите',
  'import.dateFormat': 'Формат на датата',
  'import.currency': 'Валута',
  'import.currency.amounts': '{code}: {count} от {total} суми са записани със „{mark}“.',
  'import.currency.header': '{code}: посочена е в заглавието на колоната „{header}“.',
  'import.currency.others': 'Срещат се и други валути: {others} — моля, проверете.',
  'import.currency.fallback':
    'Във файла няма знак или код на валута: {code}, обичайната валута за езика „{language}“ — моля, проверете.',
  'import.currency.chosen': 'Избрана от вас (файлът предлага {guess}).',
  'import.currency.hint': 'Тя само означава паричните стойности; сумите не се преизчисляват.',
  'import.columns': 'Колони',
  'import.role.customerId': 'Идентификатор на клиент',
  'import.role.date': 'Дата',
  'import.role.amount': 'Сума',
  'import.role.orderId': 'Идентификатор на поръчка',
  'import.role.product': 'Продукт или категория',
  'import.role.channel': 'Канал',
  'import.role.quantity': 'Количество',
  'import.role.cost': 'Разход',
  'import.role.none': '— няма във файла —',
  'import.required': 'задължително',
  'import.remembered': 'Настройките са запомнени от по-ранен файл със същите колони.',
  'import.preview': 'Първите редове ({count}) така, както ще бъдат прочетени',
  'import.line': 'Ред',
  'import.row': 'Ред от листа',
  'import.rejectedSheet': 'Редове от листа „{sheet}“, номерирани като в книгата.',
  'import.start': 'Импортиране',
  'import.back': 'Избор на друг файл',
  'import.missingRoles': 'Изберете колона за: {roles}.',
  'import.space.title': 'Файлът може да не се побере в хранилището на браузъра',
  'import.space.text':
    'Импортирането изисква около {needed}, а в този браузър за Tenure са свободни само {available}. Изтрийте ненужните набори от данни или импортирайте въпреки това: ако мястото свърши, импортирането спира и нищо не се запазва.',
  'import.space.anyway': 'Импортиране въпреки това',
  'import.progress': 'Редове: {rows} · {read} от {total} · {left}',
  'import.unpacking': 'Разопаковане на книгата: прочетени редове — {rows}…',
  'import.timeLeft': 'остават около {time}',
  'import.cancel': 'Отказ от импортирането',
  'import.cancelled': 'Импортирането е отменено. Нищо не е съхранено.',
  'import.review': 'Валидни редове: {valid}, отхвърлени: {rejected}',
  'import.reviewBody':
    'Всеки отхвърлен ред е показан с номера си във файла (заглавният ред е ред 1). Импортирайте валидните редове или откажете и коригирайте файла.',
  'import.keep': 'Импортиране на валидните редове ({valid})',
  'import.discard': 'Отказ, без импортиране',
  'import.download': 'Изтегляне на отхвърлените редове (CSV)',
  'import.column': 'Колона',
  'import.reason': 'Причина',
  'import.moreRejected': '… и още {count}',
  'import.failed': 'Импортирането е неуспешно',
  'import.error.tooManyColumns': 'Първият ред има {count} колони; поддържат се най-много {max}.',
  'import.error.tooManyColumnsCut':
    'Първият ред има повече от {count} колони; поддържат се най-много {max}.',
  'import.done': '„{name}“ е импортиран.',
  'import.joinTo': 'Свързване с набор от данни',
  'import.joinNeedsDataset':
    'Първо импортирайте файл с транзакции: файлът с клиенти се свързва с набор от данни.',
  'import.summaryName': 'Име',
  'delimiter.,': 'Запетая ,',
  'delimiter.;': 'Точка и запетая ;',
  'delimiter.\t': 'Табулация',
  'delimiter.|': 'Вертикална черта |',
  'delimiter.whitespace': 'Интервали (подравнени колони)',
  'thousands.': 'Няма',
  'thousands. ': 'Интервал',
  'thousands.\u00a0': 'Непрекъсваем интервал',
  'thousands..': 'Точка .',
  'thousands.,': 'Запетая ,',
  "thousands.'": "Апостроф '",
  'dateFormat.iso': 'ISO (2024-03-31)',
  'dateFormat.dmy': 'Първо денят (31.03.2024)',
  'dateFormat.mdy': 'Първо месецът (03/31/2024)',
  'dateFormat.ymd': 'Първо годината (2024/03/31)',
  'dateFormat.yyyymmdd': 'Сбит (20240331)',
  'dateFormat.excel': 'Пореден номер в Excel (45382)',
  'note.asSet': '{value} (зададено ръчно)',
  'note.text': '{text}',
  'note.encoding.bom': '{encoding} с маркер за реда на байтовете',
  'note.encoding.utf16': 'Текст UTF-16 без маркер за реда на байтовете',
  'note.encoding.ascii': 'Само ASCII; чете се като UTF-8',
  'note.encoding.workbook': 'Работна книга на Excel: лист „{sheet}“ от {sheets}',
  'note.delimiter.workbook': 'Клетките на листа',
  'note.encoding.utf8': 'Валиден UTF-8',
  'note.encoding.fallback': 'Не е UTF-8; буквите се четат като {encoding}',
  'note.delimiter.evidence': '{delimiter}: {fields} полета на {percent}% от {lines} реда',
  'note.delimiter.assumed': 'Всеки ред съдържа едно поле; приета е запетая',
  'note.header.yes': 'Първият ред съдържа имената на колоните',
  'note.header.no': 'Няма заглавен ред: първият ред съдържа данни като останалите',
  'note.decimal.point':
    'Десетична точка: така са записани {count} от {total} суми с десетичен знак (напр. „{sample}“)',
  'note.decimal.comma':
    'Десетична запетая: така са записани {count} от {total} суми с десетичен знак (напр. „{sample}“)',
  'note.decimal.ambiguous':
    'Никоя сума не определя десетичния знак (напр. „{sample}“); приет е „{decimal}“ — проверете',
  'note.decimal.locale.semicolon':
    'Никоя сума не определя десетичния знак (напр. „{sample}“); „{decimal}“, както във файлове с точка и запетая — проверете',
  'note.decimal.locale.dottedDates':
    'Никоя сума не определя десетичния знак (напр. „{sample}“); „{decimal}“, както във файлове с дати дд.мм.гггг — проверете',
  'note.decimal.locale.headers':
    'Никоя сума не определя десетичния знак (напр. „{sample}“); „{decimal}“, както във файлове с кирилски или румънски заглавия — проверете',
  'note.decimal.none': 'В сумите няма десетичен знак; приета е десетична точка',
  'note.thousands': 'Интервалите винаги разделят хилядите (суми с тях: {count})',
  'note.date.dayFirst': 'Първо денят: {count} от {total} дати имат първо число над 12',
  'note.date.monthFirst': 'Първо месецът: {count} от {total} дати имат второ число над 12',
  'note.date.read': 'Всички дати се четат в този формат',
  'note.date.cells': 'Клетки с дати от книгата: датите, както са показани (часът се пренебрегва)',
  'note.date.dots': 'Първо денят: няма число над 12, а датите с точки започват с деня — проверете',
  'note.date.order':
    'Няма число над 12; при този ред {count} от {total} стъпки вървят по реда на датите — проверете',
  'note.date.locale.semicolon':
    'Няма число над 12; първо денят, както във файлове с точка и запетая — проверете',
  'note.date.locale.dottedDates':
    'Няма число над 12; първо денят, както в датите с точки — проверете',
  'note.date.locale.headers':
    'Няма число над 12; първо денят, както във файлове с кирилски или румънски заглавия — проверете',
  'note.date.assumed': 'Няма число над 12 на нито едно място; прието е „първо денят“ — проверете',
  'note.date.none': 'Няма дати; приет е ISO',
  'note.columns.asSet': 'Колоните са зададени ръчно',
  'note.columns.byName': 'Всички колони са разпознати по заглавията си',
  'note.columns.byValues': 'Разпознати по стойностите, а не по заглавията: {roles} — проверете',
  'note.columns.none': 'Не е разпозната нито една колона',
  'warning.title': 'Проверете преди импорта',
  'warning.lines': 'напр. ред {lines}',
  'warning.switch': 'Четене по другия начин',
  'warning.amount.thousandsAssumed':
    '{count} суми като „{sample}“ се четат по два начина и никоя сума във файла не решава това: „{mark}“ е прочетен като разделител на хилядите.',
  'warning.amount.decimalAssumed':
    '{count} суми като „{sample}“ се четат по два начина и никоя сума във файла не решава това: „{mark}“ е прочетен като десетичен знак.',
  'warning.amount.mixedDecimal':
    'Файлът използва и двата десетични знака: {count} суми като „{sample}“ използват другия и са отхвърлени.',
  'warning.amount.formatChanged':
    'Променено след четене на целия файл: {count} суми като „{sample}“ се четат само с десетичен знак „{toDecimal}“ и разделител на хилядите {toThousands} (беше „{fromDecimal}“, {fromThousands}).',
  'warning.date.orderAssumed':
    'Никоя дата няма число над 12, затова и двата реда са възможни (напр. „{sample}“): прочетено като {format}.',
  'warning.date.mixedOrder':
    'Датите си противоречат: {count} дати като „{sample}“ се четат само наобратно и са отхвърлени.',
  'warning.date.formatChanged':
    'Променено след четене на целия файл: {count} дати като „{sample}“ не се четат като {from}; сега се четат като {to}.',
  'warning.date.mixedFormats': '{count} дати като „{sample}“ са записани различно от останалите.',
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
} satisfies Translation<typeof en, 'bg'>;
