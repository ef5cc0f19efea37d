/** Romanian messages (keys and placeholders: ./en.ts). */
import type { Translation } from '../../../ui/i18n/index.ts';
import type { en } from './en.ts';

export const ro = {
  'empty.title': 'Începeți cu tranzacțiile clienților dvs.',
  'empty.body':
    'Importați un fișier CSV sau un export text cu un ID de client, o dată și o sumă pe fiecare rând. Totul rămâne în acest browser: nimic nu este încărcat.',
  'empty.import': 'Importați un fișier',
  'empty.sample': 'Încercați datele exemplu',
  'empty.sampleHint': '5.000 de clienți pe 3 ani, cu un fișier de clienți',
  'sample.loading': 'Se încarcă datele exemplu…',
  'storage.usage': 'Utilizat: {used} din {quota}',
  'storage.persisted': 'Stocat permanent',
  'storage.notPersisted': 'Browserul poate șterge aceste date când spațiul se micșorează',
  'summary.title': 'Rezumat',
  'summary.rows': 'Tranzacții',
  'summary.customers': 'Clienți',
  'summary.firstDate': 'Prima dată',
  'summary.lastDate': 'Ultima dată',
  'summary.revenue': 'Venituri',
  'summary.currency': 'Monedă',
  'summary.currencyHint': 'Etichetează toate sumele; sumele nu se convertesc.',
  'summary.refunds': 'Rambursări',
  'summary.refundsValue': 'Rânduri: {count}, total {total}',
  'summary.rejected': 'Rânduri respinse',
  'summary.file': 'Fișier',
  'summary.imported': 'Importat',
  'summary.settings': 'Setări folosite',
  'summary.customersFile': 'Fișier de clienți',
  'summary.summaryCustomers': 'Clienți (fișier rezumat)',
  'dataset.rename': 'Redenumire',
  'dataset.renameLabel': 'Numele setului de date',
  'dataset.save': 'Salvare',
  'dataset.cancel': 'Anulare',
  'dataset.delete': 'Ștergere',
  'dataset.deleteConfirm':
    'Ștergeți „{name}” și tot ce a fost calculat pe baza lui? Această acțiune nu poate fi anulată.',
  'dataset.deleted': '„{name}” a fost șters.',
  'dataset.list': 'Seturile dvs. de date',
  'dataset.open': 'Deschidere',
  'dataset.showRejected': 'Afișați rândurile respinse',
  'dataset.addCustomers': 'Adăugați un fișier de clienți',
  'dataset.anonymised': 'anonimizat',
  'dataset.anonymisedHint':
    'Restaurat dintr-un pachet pentru atelier: identificatorii clienților sunt pseudonime, iar datele pot fi decalate.',
  'workspace.title': 'Spațiul de lucru al acestui browser',
  'workspace.storage': 'Stocare',
  'storage.persist': 'Păstrați datele permanent',
  'backup.title': 'Copie de rezervă',
  'backup.body':
    'Salvați toate seturile de date, fișierele de clienți, asocierile de coloane și setările într-un singur fișier, pentru a le muta pe alt computer sau pentru a păstra o copie.',
  'backup.create': 'Creați o copie de rezervă a spațiului de lucru',
  'backup.creating': 'Se creează copia de rezervă… {percent}',
  'backup.restore': 'Restaurați dintr-o copie de rezervă',
  'backup.previewTitle': 'Conținutul copiei de rezervă',
  'backup.preview': '„{name}”, creată {date}, conține:',
  'backup.datasetCustomers': 'Clienți: {count}',
  'backup.confirm': 'Restaurați aceste seturi de date',
  'backup.nothingChanged': 'Nu s-a modificat nimic.',
  'backup.replaces.one':
    'Restaurarea înlocuiește acest set de date pe care îl aveți acum, cu tot ce este stocat pentru el (mutări în ciclul de viață, scenarii, fișierul de clienți):',
  'backup.replaces.few':
    'Restaurarea înlocuiește aceste {count} seturi de date pe care le aveți acum, cu tot ce este stocat pentru ele (mutări în ciclul de viață, scenarii, fișiere de clienți):',
  'backup.replaces.other':
    'Restaurarea înlocuiește aceste {count} de seturi de date pe care le aveți acum, cu tot ce este stocat pentru ele (mutări în ciclul de viață, scenarii, fișiere de clienți):',
  'backup.confirmReplace': 'Înlocuiți și restaurați',
  'backup.restored.one': 'A fost restaurat {count} set de date.',
  'backup.restored.few': 'Au fost restaurate {count} seturi de date.',
  'backup.restored.other': 'Au fost restaurate {count} de seturi de date.',
  'workshop.title': 'Export pentru un atelier',
  'workshop.body':
    'Un singur fișier în formatul copiei de rezervă, în care identificatorii clienților și ai comenzilor sunt înlocuiți cu pseudonime, pentru a lucra cu datele împreună cu alții. Restaurarea lui adaugă copii anonimizate lângă seturile dvs. de date.',
  'workshop.open': 'Export pentru un atelier…',
  'workshop.datasets': 'Seturi de date în pachet',
  'workshop.keep': 'Fișierul de clienți: coloane păstrate ca atare',
  'workshop.column.names': 'Nume (altfel înlocuite cu pseudonimul)',
  'workshop.column.segments': 'Segment',
  'workshop.column.channels': 'Canal de achiziție',
  'workshop.column.plans': 'Plan',
  'workshop.keepNote':
    'Coloanele nepăstrate rămân goale. Adresele de e-mail, telefoanele, adresele și notele nu sunt niciodată stocate de Tenure, așa că niciun pachet nu le conține.',
  'workshop.shift': 'Decalarea tuturor datelor',
  'workshop.shiftDays': 'Zile adăugate la fiecare dată (negativ: mai devreme)',
  'workshop.days': 'zile',
  'workshop.shiftCalendar': 'Cu 28 de ani mai devreme',
  'workshop.shiftNote':
    'Intervalele dintre date rămân aceleași, deci cifrele pe zile nu se schimbă. Cifrele săptămânale rămân aceleași când decalajul este multiplu de {weeks} zile; cele lunare și trimestriale pot trece peste sfârșitul lunii, cu excepția unui decalaj de 0 sau {calendar} zile (28 de ani, care păstrează ziua, luna și ziua săptămânii fiecărei date).',
  'workshop.idsNote':
    'Pseudonimele provin dintr-o cheie secretă păstrată doar în acest browser: un client primește același pseudonim în toate seturile pachetului și în pachetele următoare, până când o resetați. Rândurile respinse și motivele introduse pentru mutările între etape nu sunt incluse.',
  'workshop.export': 'Exportă pachetul',
  'workshop.exporting': 'Se exportă… {percent}',
  'workshop.reset': 'Resetează pseudonimele',
  'workshop.resetConfirm':
    'Primește fiecare client un pseudonim nou în următorul pachet? Pachetele făcute înainte nu vor mai corespunde cu cele noi.',
  'workshop.resetDone': 'Următorul pachet dă fiecărui client un pseudonim nou.',
  'deleteAll.title': 'Ștergeți toate datele mele',
  'deleteAll.body':
    'Elimină toate seturile de date, asocierile și setările pe care Tenure le păstrează în acest browser.',
  'deleteAll.button': 'Ștergeți toate datele mele',
  'deleteAll.confirm':
    'Ștergeți toate seturile de date, fișierele de clienți, asocierile și setările din acest browser? Dacă s-ar putea să mai aveți nevoie de ele, creați mai întâi o copie de rezervă. Această acțiune nu poate fi anulată.',
  'deleteAll.done': 'Toate datele au fost șterse din acest browser.',
} satisfies Translation<typeof en, 'ro'>;
