/** Romanian messages (keys and placeholders: ./en.ts). */
import type { Translation } from '../../../ui/i18n/index.ts';
import type { en } from './en.ts';

export const ro = {
  'explorer.title': 'Clienți',
  'explorer.intro':
    'Fiecare client cu istoricul, segmentul RFM și predicțiile sale: P(alive) astăzi, achizițiile așteptate și valoarea pe durata de viață în următoarele {horizon}, la o marjă de {margin}. Alegeți un rând pentru a vedea achizițiile clientului și evoluția P(alive).',
  'explorer.settingsLink': 'Modificați setările modelului',
  'explorer.loading': 'Se evaluează fiecare client…',
  'explorer.error': 'Clienții nu au putut fi listați: {reason}',
  'explorer.count': 'Clienți: {count}',
  'explorer.countOne': '1 client',
  'explorer.csvHint': 'Toți clienții selectați de căutare și filtre, ca CSV rotunjit ca pe ecran',
  'explorer.table': 'Clienți',
  'explorer.rows': 'Clienți: {count}; folosiți tastele săgeți pentru a vă deplasa între rânduri',
  'explorer.sortBy': 'Sortare după {column}',
  'explorer.noMatch': 'Niciun client nu corespunde. Goliți căutarea sau filtrele.',
  'explorer.search': 'Căutare după ID sau nume',
  'explorer.searchPlaceholder': 'de ex. C10001 sau Petrov',
  'explorer.segment': 'Segment RFM',
  'explorer.cellFilter': 'Valoare × risc',
  'explorer.all': 'Toate',
  'explorer.cell': 'Nivel de valoare {value}, risc {risk}',
  'explorer.detail.pick':
    'Alegeți un client din tabel pentru a vedea achizițiile sale și P(alive) în timp.',
  'explorer.detail.loading': 'Se încarcă clientul…',
  'explorer.detail.none': 'Nicio achiziție până la sfârșitul perioadei de observație.',
  'explorer.detail.alive': 'P(alive) la {date}',
  'explorer.detail.expected': 'Achiziții așteptate, următoarele {horizon}',
  'explorer.detail.clv': 'CLV, următoarele {horizon}',
  'explorer.story.title': 'Achiziții și P(alive) în timp',
  'explorer.story.hint':
    'P(alive) crește brusc după fiecare achiziție și scade cât timp clientul este inactiv; linia întreruptă marchează sfârșitul observației.',
  'explorer.story.label':
    'Cronologia achizițiilor pentru {id}: zile cu achiziții și sume ({count}) și P(alive) în timp. Folosiți tastele săgeți pentru a parcurge achizițiile.',
  'explorer.story.alive': 'P(alive)',
  'explorer.story.amount': 'Sumă',
  'explorer.story.purchase':
    'Achiziția {n} din {total}, {date}: {amount}; P(alive) imediat după: {pAlive}',
} satisfies Translation<typeof en, 'ro'>;
