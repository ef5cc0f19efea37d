/** Russian messages (keys and placeholders: ./en.ts). */
import type { Translation } from '../../../ui/i18n/index.ts';
import type { en } from './en.ts';

export const ru = {
  'import.title': 'Импорт файла',
  'import.pick': 'Выбрать файл',
  'import.dropHere': 'Перетащите сюда файл CSV, TSV, TXT или Excel (.xlsx) или',
  'import.formats':
    'Транзакции (идентификатор клиента, дата, сумма; при необходимости заказ, товар, канал, количество, себестоимость), файл клиентов (идентификатор, имя, дата регистрации, сегмент, канал, стоимость привлечения, окончание договора) или сводка по клиентам (идентификатор, частота, давность, T, денежная ценность).',
  'import.detecting': 'Чтение «{name}»…',
  'import.settings': 'Распознанные настройки',
  'import.kind': 'Тип файла',
  'import.kind.transactions': 'Транзакции',
  'import.kind.customers': 'Клиенты',
  'import.kind.summary': 'Сводка по клиентам',
  'import.encoding': 'Кодировка',
  'import.sheet': 'Лист',
  'import.sheetOption': '{name} (строк: {rows})',
  'import.sheetHidden': '{name} (скрыт, строк: {rows})',
  'import.delimiter': 'Разделитель',
  'import.header': 'Первая строка — заголовок',
  'import.decimal': 'Десятичный разделитель',
  'import.thousands': 'Разделитель разрядов',
  'import.dateFormat': 'Формат даты',
  'import.currency': 'Валюта',
  'import.currency.amounts': '{code}: {count} из {total} сумм записаны со знаком «{mark}».',
  'import.currency.header': '{code}: её называет заголовок столбца «{header}».',
  'import.currency.others': 'Встречаются и другие валюты: {others} — проверьте.',
  'import.currency.fallback':
    'В файле нет знака или кода валюты: {code}, обычная валюта для языка «{language}» — проверьте.',
  'import.currency.chosen': 'Выбрано вами (по файлу — {guess}).',
  'import.currency.hint': 'Это подпись денежных показателей; суммы не пересчитываются.',
  'import.columns': 'Столбцы',
  'import.role.customerId': 'Идентификатор клиента',
  'import.role.date': 'Дата',
  'import.role.amount': 'Сумма',
  'import.role.orderId': 'Идентификатор заказа',
  'import.role.product': 'Товар или категория',
  'import.role.channel': 'Канал',
  'import.role.quantity': 'Количество',
  'import.role.cost': 'Себестоимость',
  'import.role.none': '— нет в файле —',
  'import.required': 'обязательно',
  'import.remembered': 'Настройки взяты из ранее импортированного файла с такими же столбцами.',
  'import.preview': 'Первые строки ({count}) в том виде, в каком они будут прочитаны',
  'import.line': 'Строка',
  'import.row': 'Строка листа',
  'import.rejectedSheet': 'Строки листа «{sheet}», номера как в книге.',
  'import.start': 'Импортировать',
  'import.back': 'Выбрать другой файл',
  'import.missingRoles': 'Выберите столбец для: {roles}.',
  'import.space.title': 'Файл может не поместиться в хранилище браузера',
  'import.space.text':
    'Для импорта нужно около {needed}, а в этом браузере для Tenure свободно только {available}. Удалите ненужные наборы данных или импортируйте всё равно: если место закончится, импорт остановится и ничего не будет сохранено.',
  'import.space.anyway': 'Всё равно импортировать',
  'import.progress': 'Строк: {rows} · {read} из {total} · {left}',
  'import.unpacking': 'Распаковка книги: прочитано строк — {rows}…',
  'import.timeLeft': 'осталось около {time}',
  'import.cancel': 'Отменить импорт',
  'import.cancelled': 'Импорт отменён. Ничего не сохранено.',
  'import.review': 'Корректных строк: {valid}, отклонённых: {rejected}',
  'import.reviewBody':
    'Каждая отклонённая строка показана с номером строки в файле (заголовок — строка 1). Импортируйте корректные строки или отмените импорт и исправьте файл.',
  'import.keep': 'Импортировать корректные строки ({valid})',
  'import.discard': 'Отменить, ничего не импортировать',
  'import.download': 'Скачать отклонённые строки (CSV)',
  'import.column': 'Столбец',
  'import.reason': 'Причина',
  'import.moreRejected': '… и ещё {count}',
  'import.failed': 'Импорт не удался',
  'import.error.tooManyColumns':
    'Столбцов в первой строке: {count}; поддерживается не более {max}.',
  'import.error.tooManyColumnsCut':
    'Столбцов в первой строке больше {count}; поддерживается не более {max}.',
  'import.done': '«{name}» импортирован.',
  'import.joinTo': 'Присоединить к набору данных',
  'import.joinNeedsDataset':
    'Сначала импортируйте файл транзакций: файл клиентов присоединяется к набору данных.',
  'import.summaryName': 'Название',
  'delimiter.,': 'Запятая ,',
  'delimiter.;': 'Точка с запятой ;',
  'delimiter.\t': 'Табуляция',
  'delimiter.|': 'Вертикальная черта |',
  'delimiter.whitespace': 'Пробелы (выровненные столбцы)',
  'thousands.': 'Нет',
  'thousands. ': 'Пробел',
  'thousands.\u00a0': 'Неразрывный пробел',
  'thousands..': 'Точка .',
  'thousands.,': 'Запятая ,',
  "thousands.'": "Апостроф '",
  'dateFormat.iso': 'ISO (2024-03-31)',
  'dateFormat.dmy': 'Сначала день (31.03.2024)',
  'dateFormat.mdy': 'Сначала месяц (03/31/2024)',
  'dateFormat.ymd': 'Сначала год (2024/03/31)',
  'dateFormat.yyyymmdd': 'Компактный (20240331)',
  'dateFormat.excel': 'Порядковый номер Excel (45382)',
  'note.asSet': '{value} (задано вручную)',
  'note.text': '{text}',
  'note.encoding.bom': '{encoding} с меткой порядка байтов',
  'note.encoding.utf16': 'Текст UTF-16 без метки порядка байтов',
  'note.encoding.ascii': 'Только ASCII; читается как UTF-8',
  'note.encoding.workbook': 'Книга Excel: лист «{sheet}» из {sheets}',
  'note.delimiter.workbook': 'Ячейки листа',
  'note.encoding.utf8': 'Корректный UTF-8',
  'note.encoding.fallback': 'Не UTF-8; буквы читаются в кодировке {encoding}',
  'note.delimiter.evidence':
    '{delimiter}: число полей — {fields} в {percent}% строк (всего строк: {lines})',
  'note.delimiter.assumed': 'В каждой строке одно поле; принята запятая',
  'note.header.yes': 'Первая строка содержит названия столбцов',
  'note.header.no': 'Нет строки заголовков: первая строка содержит данные, как и остальные',
  'note.decimal.point':
    'Десятичная точка: так записаны {count} из {total} сумм с десятичным знаком (например, «{sample}»)',
  'note.decimal.comma':
    'Десятичная запятая: так записаны {count} из {total} сумм с десятичным знаком (например, «{sample}»)',
  'note.decimal.ambiguous':
    'Ни одна сумма не определяет десятичный знак (например, «{sample}»); принят «{decimal}» — проверьте',
  'note.decimal.locale.semicolon':
    'Ни одна сумма не определяет десятичный знак (например, «{sample}»); «{decimal}», как принято в файлах с точкой с запятой — проверьте',
  'note.decimal.locale.dottedDates':
    'Ни одна сумма не определяет десятичный знак (например, «{sample}»); «{decimal}», как принято в файлах с датами дд.мм.гггг — проверьте',
  'note.decimal.locale.headers':
    'Ни одна сумма не определяет десятичный знак (например, «{sample}»); «{decimal}», как принято в файлах с кириллическими или румынскими заголовками — проверьте',
  'note.decimal.none': 'В суммах нет десятичного знака; принята десятичная точка',
  'note.thousands': 'Пробелы всегда разделяют разряды (так записаны суммы: {count})',
  'note.date.dayFirst': 'Сначала день: у {count} из {total} дат первое число больше 12',
  'note.date.monthFirst': 'Сначала месяц: у {count} из {total} дат второе число больше 12',
  'note.date.read': 'Все даты читаются в этом формате',
  'note.date.cells':
    'Ячейки с датами из книги: даты, как они показаны (время суток не учитывается)',
  'note.date.dots': 'Сначала день: нет чисел больше 12, а даты через точку пишут с дня — проверьте',
  'note.date.order':
    'Нет чисел больше 12; при таком порядке {count} из {total} шагов идут по возрастанию дат — проверьте',
  'note.date.locale.semicolon':
    'Нет чисел больше 12; сначала день, как принято в файлах с точкой с запятой — проверьте',
  'note.date.locale.dottedDates':
    'Нет чисел больше 12; сначала день, как в датах через точку — проверьте',
  'note.date.locale.headers':
    'Нет чисел больше 12; сначала день, как принято в файлах с кириллическими или румынскими заголовками — проверьте',
  'note.date.assumed':
    'Нет чисел больше 12 ни на одном месте; принят порядок «сначала день» — проверьте',
  'note.date.none': 'Дат нет; принят ISO',
  'note.columns.asSet': 'Столбцы заданы вручную',
  'note.columns.byName': 'Все столбцы распознаны по названиям',
  'note.columns.byValues': 'Распознаны по значениям, а не по названиям: {roles} — проверьте',
  'note.columns.none': 'Ни один столбец не распознан',
  'warning.title': 'Проверьте перед импортом',
  'warning.lines': 'например, строка {lines}',
  'warning.switch': 'Читать иначе',
  'warning.amount.thousandsAssumed':
    'Суммы вроде «{sample}» (их {count}) читаются двояко, и ни одна сумма в файле этого не решает: «{mark}» прочитан как разделитель разрядов.',
  'warning.amount.decimalAssumed':
    'Суммы вроде «{sample}» (их {count}) читаются двояко, и ни одна сумма в файле этого не решает: «{mark}» прочитан как десятичный знак.',
  'warning.amount.mixedDecimal':
    'В файле оба десятичных знака: суммы вроде «{sample}» (их {count}) записаны другим и отклонены.',
  'warning.amount.formatChanged':
    'Изменено после чтения всего файла: суммы вроде «{sample}» (их {count}) читаются только с десятичным знаком «{toDecimal}» и разделителем разрядов {toThousands} (было «{fromDecimal}», {fromThousands}).',
  'warning.date.orderAssumed':
    'Ни в одной дате нет числа больше 12, подходят оба порядка (например, «{sample}»): прочитано как {format}.',
  'warning.date.mixedOrder':
    'Даты противоречат друг другу: даты вроде «{sample}» (их {count}) читаются только в обратном порядке и отклонены.',
  'warning.date.formatChanged':
    'Изменено после чтения всего файла: даты вроде «{sample}» (их {count}) не читаются как {from}; теперь читаются как {to}.',
  'warning.date.mixedFormats': 'Даты вроде «{sample}» (их {count}) записаны не так, как остальные.',
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
} satisfies Translation<typeof en, 'ru'>;
