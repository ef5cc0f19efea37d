/** The import's detection notes and warnings (see messages.ts) in Russian, Bulgarian, Romanian. */
import type { importMessages } from './messages.ts';

type Messages = Record<keyof typeof importMessages, string>;

export const importMessagesRu: Messages = {
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
};

export const importMessagesBg: Messages = {
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
};

export const importMessagesRo: Messages = {
  'note.asSet': '{value} (setat manual)',
  'note.text': '{text}',
  'note.encoding.bom': '{encoding} cu marcaj de ordine a octeților',
  'note.encoding.utf16': 'Text UTF-16 fără marcaj de ordine a octeților',
  'note.encoding.ascii': 'Doar ASCII; citit ca UTF-8',
  'note.encoding.workbook': 'Registru Excel: foaia „{sheet}” din {sheets}',
  'note.delimiter.workbook': 'Celulele foii',
  'note.encoding.utf8': 'UTF-8 valid',
  'note.encoding.fallback': 'Nu este UTF-8; literele se citesc ca {encoding}',
  'note.delimiter.evidence': '{delimiter}: {fields} câmpuri pe {percent}% din {lines} rânduri',
  'note.delimiter.assumed': 'Fiecare rând are un singur câmp; se presupune virgula',
  'note.header.yes': 'Primul rând conține numele coloanelor',
  'note.header.no': 'Fără rând de antet: primul rând conține date ca rândurile de sub el',
  'note.decimal.point':
    'Punct zecimal, așa cum arată {count} din {total} sume cu semn zecimal (ex. „{sample}”)',
  'note.decimal.comma':
    'Virgulă zecimală, așa cum arată {count} din {total} sume cu semn zecimal (ex. „{sample}”)',
  'note.decimal.ambiguous':
    'Nicio sumă nu stabilește semnul zecimal (ex. „{sample}”); s-a presupus „{decimal}” — verificați',
  'note.decimal.locale.semicolon':
    'Nicio sumă nu stabilește semnul zecimal (ex. „{sample}”); „{decimal}”, ca în fișierele cu punct și virgulă — verificați',
  'note.decimal.locale.dottedDates':
    'Nicio sumă nu stabilește semnul zecimal (ex. „{sample}”); „{decimal}”, ca în fișierele cu date zz.ll.aaaa — verificați',
  'note.decimal.locale.headers':
    'Nicio sumă nu stabilește semnul zecimal (ex. „{sample}”); „{decimal}”, ca în fișierele cu antete chirilice sau românești — verificați',
  'note.decimal.none': 'Sumele nu au semn zecimal; se presupune punctul zecimal',
  'note.thousands': 'Spațiile grupează mereu miile (sume care le folosesc: {count})',
  'note.date.dayFirst': 'Întâi ziua: {count} din {total} date au primul număr peste 12',
  'note.date.monthFirst': 'Întâi luna: {count} din {total} date au al doilea număr peste 12',
  'note.date.read': 'Toate datele se citesc în acest format',
  'note.date.cells': 'Celule cu date din registru: datele așa cum sunt afișate (ora este ignorată)',
  'note.date.dots':
    'Întâi ziua: niciun număr peste 12, iar datele cu puncte încep cu ziua — verificați',
  'note.date.order':
    'Niciun număr peste 12; în această ordine {count} din {total} pași sunt în ordinea datelor — verificați',
  'note.date.locale.semicolon':
    'Niciun număr peste 12; întâi ziua, ca în fișierele cu punct și virgulă — verificați',
  'note.date.locale.dottedDates':
    'Niciun număr peste 12; întâi ziua, ca în datele cu puncte — verificați',
  'note.date.locale.headers':
    'Niciun număr peste 12; întâi ziua, ca în fișierele cu antete chirilice sau românești — verificați',
  'note.date.assumed': 'Niciun număr peste 12 în niciun loc; s-a presupus întâi ziua — verificați',
  'note.date.none': 'Nu sunt date; se presupune ISO',
  'note.columns.asSet': 'Coloane setate manual',
  'note.columns.byName': 'Toate coloanele au fost recunoscute după antet',
  'note.columns.byValues': 'Recunoscute după valori, nu după antet: {roles} — verificați',
  'note.columns.none': 'Nicio coloană recunoscută',
  'warning.title': 'Verificați înainte de import',
  'warning.lines': 'ex. rândul {lines}',
  'warning.switch': 'Citește invers',
  'warning.amount.thousandsAssumed':
    'Sumele precum „{sample}” ({count}) se pot citi în două feluri și nicio sumă din fișier nu decide: „{mark}” a fost citit ca separator de mii.',
  'warning.amount.decimalAssumed':
    'Sumele precum „{sample}” ({count}) se pot citi în două feluri și nicio sumă din fișier nu decide: „{mark}” a fost citit ca semn zecimal.',
  'warning.amount.mixedDecimal':
    'Fișierul folosește ambele semne zecimale: sumele precum „{sample}” ({count}) îl folosesc pe celălalt și sunt respinse.',
  'warning.amount.formatChanged':
    'Schimbat după citirea întregului fișier: sumele precum „{sample}” ({count}) se citesc doar cu semnul zecimal „{toDecimal}” și separatorul de mii {toThousands} (era „{fromDecimal}”, {fromThousands}).',
  'warning.date.orderAssumed':
    'Nicio dată nu are un număr peste 12, deci ambele ordini se potrivesc (ex. „{sample}”): citit ca {format}.',
  'warning.date.mixedOrder':
    'Datele se contrazic: datele precum „{sample}” ({count}) se citesc doar invers și sunt respinse.',
  'warning.date.formatChanged':
    'Schimbat după citirea întregului fișier: datele precum „{sample}” ({count}) nu se citesc ca {from}; acum se citesc ca {to}.',
  'warning.date.mixedFormats':
    'Datele precum „{sample}” ({count}) sunt scrise altfel decât restul fișierului.',
};
