/** Romanian messages (keys and placeholders: ./en.ts). */
import type { Translation } from '../../../ui/i18n/index.ts';
import type { en } from './en.ts';

export const ro = {
  'import.title': 'Importați un fișier',
  'import.pick': 'Alegeți un fișier',
  'import.dropHere': 'Plasați aici un fișier CSV, TSV, TXT sau Excel (.xlsx) sau',
  'import.formats':
    'Tranzacții (ID client, dată, sumă; opțional comandă, produs, canal, cantitate, cost), un fișier de clienți (ID, nume, data înscrierii, segment, canal, cost de achiziție, sfârșitul contractului) sau un rezumat per client (ID, frecvență, recență, T, valoare monetară).',
  'import.detecting': 'Se citește „{name}”…',
  'import.settings': 'Setări detectate',
  'import.kind': 'Tipul fișierului',
  'import.kind.transactions': 'Tranzacții',
  'import.kind.customers': 'Clienți',
  'import.kind.summary': 'Rezumat per client',
  'import.encoding': 'Codificare',
  'import.sheet': 'Foaie',
  'import.sheetOption': '{name} (rânduri: {rows})',
  'import.sheetHidden': '{name} (ascunsă, rânduri: {rows})',
  'import.delimiter': 'Delimitator',
  'import.header': 'Primul rând este antet',
  'import.decimal': 'Separator zecimal',
  'import.thousands': 'Separator de mii',
  'import.dateFormat': 'Formatul datei',
  'import.currency': 'Monedă',
  'import.currency.amounts': '{code}: {count} din {total} sume sunt scrise cu „{mark}”.',
  'import.currency.header': '{code}: o numește antetul coloanei „{header}”.',
  'import.currency.others': 'Apar și alte monede: {others} — vă rugăm să verificați.',
  'import.currency.fallback':
    'Fișierul nu conține niciun simbol sau cod de monedă: {code}, moneda obișnuită pentru limba „{language}” — vă rugăm să verificați.',
  'import.currency.chosen': 'Aleasă de dvs. (fișierul sugera {guess}).',
  'import.currency.hint': 'Este doar eticheta sumelor; sumele nu se convertesc.',
  'import.columns': 'Coloane',
  'import.role.customerId': 'ID client',
  'import.role.date': 'Dată',
  'import.role.amount': 'Sumă',
  'import.role.orderId': 'ID comandă',
  'import.role.product': 'Produs sau categorie',
  'import.role.channel': 'Canal',
  'import.role.quantity': 'Cantitate',
  'import.role.cost': 'Cost',
  'import.role.none': '— nu există în fișier —',
  'import.required': 'obligatoriu',
  'import.remembered': 'Setări reținute de la un fișier anterior cu aceleași coloane.',
  'import.preview': 'Primele rânduri ({count}) așa cum vor fi citite',
  'import.line': 'Linie',
  'import.row': 'Rând',
  'import.rejectedSheet': 'Rândurile foii „{sheet}”, numerotate ca în registru.',
  'import.start': 'Import',
  'import.back': 'Alegeți alt fișier',
  'import.missingRoles': 'Alegeți o coloană pentru: {roles}.',
  'import.space.title':
    'Este posibil ca fișierul să nu încapă în spațiul de stocare al browserului',
  'import.space.text':
    'Importul necesită aproximativ {needed}, dar în acest browser sunt libere pentru Tenure doar {available}. Ștergeți seturile de date de care nu mai aveți nevoie sau importați oricum: dacă spațiul se termină, importul se oprește și nu se salvează nimic.',
  'import.space.anyway': 'Importă oricum',
  'import.progress': 'Rânduri: {rows} · {read} din {total} · {left}',
  'import.unpacking': 'Se despachetează registrul: rânduri citite — {rows}…',
  'import.timeLeft': 'au mai rămas aproximativ {time}',
  'import.cancel': 'Anulați importul',
  'import.cancelled': 'Import anulat. Nu s-a stocat nimic.',
  'import.review': 'Rânduri valide: {valid}, respinse: {rejected}',
  'import.reviewBody':
    'Fiecare rând respins este afișat cu linia sa din fișier (antetul este linia 1). Importați rândurile valide sau anulați și corectați fișierul.',
  'import.keep': 'Importați rândurile valide ({valid})',
  'import.discard': 'Anulați, nu importați nimic',
  'import.download': 'Descărcați rândurile respinse (CSV)',
  'import.column': 'Coloană',
  'import.reason': 'Motiv',
  'import.moreRejected': '… și încă {count}',
  'import.failed': 'Importul a eșuat',
  'import.error.tooManyColumns': 'Coloane în primul rând: {count}; sunt acceptate cel mult {max}.',
  'import.error.tooManyColumnsCut':
    'Coloane în primul rând: peste {count}; sunt acceptate cel mult {max}.',
  'import.done': '„{name}” a fost importat.',
  'import.joinTo': 'Asociați cu setul de date',
  'import.joinNeedsDataset':
    'Importați mai întâi un fișier de tranzacții: un fișier de clienți se asociază unui set de date.',
  'import.summaryName': 'Nume',
  'delimiter.,': 'Virgulă ,',
  'delimiter.;': 'Punct și virgulă ;',
  'delimiter.\t': 'Tab',
  'delimiter.|': 'Bară verticală |',
  'delimiter.whitespace': 'Spații (coloane aliniate)',
  'thousands.': 'Niciunul',
  'thousands. ': 'Spațiu',
  'thousands.\u00a0': 'Spațiu indivizibil',
  'thousands..': 'Punct .',
  'thousands.,': 'Virgulă ,',
  "thousands.'": "Apostrof '",
  'dateFormat.iso': 'ISO (2024-03-31)',
  'dateFormat.dmy': 'Ziua întâi (31.03.2024)',
  'dateFormat.mdy': 'Luna întâi (03/31/2024)',
  'dateFormat.ymd': 'Anul întâi (2024/03/31)',
  'dateFormat.yyyymmdd': 'Compact (20240331)',
  'dateFormat.excel': 'Număr serial Excel (45382)',
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
} satisfies Translation<typeof en, 'ro'>;
