/** Bulgarian messages (keys and placeholders: ./en.ts). */
import type { Translation } from '../../../ui/i18n/index.ts';
import type { en } from './en.ts';

export const bg = {
  'explorer.title': 'Клиенти',
  'explorer.intro':
    'Всеки клиент с неговата история, RFM сегмент и прогнози: P(alive) днес, очаквани покупки и доживотна стойност за следващите {horizon} при марж {margin}. Изберете ред, за да видите покупките на клиента и как се е променяла неговата P(alive).',
  'explorer.settingsLink': 'Промяна на настройките на модела',
  'explorer.loading': 'Оценяване на всички клиенти…',
  'explorer.error': 'Клиентите не могат да бъдат изброени: {reason}',
  'explorer.count': 'Клиенти: {count}',
  'explorer.countOne': '1 клиент',
  'explorer.csvHint':
    'Всички клиенти, избрани от търсенето и филтрите, като CSV, закръглен както е показан',
  'explorer.table': 'Клиенти',
  'explorer.rows':
    'Клиенти: {count}; използвайте клавишите със стрелки, за да се придвижвате между редовете',
  'explorer.sortBy': 'Сортиране по „{column}“',
  'explorer.noMatch': 'Няма съвпадащи клиенти. Изчистете търсенето или филтрите.',
  'explorer.search': 'Търсене по идентификатор или име',
  'explorer.searchPlaceholder': 'напр. C10001 или Petrov',
  'explorer.segment': 'RFM сегмент',
  'explorer.cellFilter': 'Стойност × риск',
  'explorer.all': 'Всички',
  'explorer.cell': 'Стойност: {value}, степен на риска: {risk}',
  'explorer.detail.pick':
    'Изберете клиент в таблицата, за да видите неговите покупки и P(alive) във времето.',
  'explorer.detail.loading': 'Зареждане на клиента…',
  'explorer.detail.none': 'Няма покупка до края на периода на наблюдение.',
  'explorer.detail.alive': 'P(alive) към {date}',
  'explorer.detail.expected': 'Очаквани покупки, следващите {horizon}',
  'explorer.detail.clv': 'CLV, следващите {horizon}',
  'explorer.story.title': 'Покупки и P(alive) във времето',
  'explorer.story.hint':
    'P(alive) скача след всяка покупка и намалява, докато клиентът е неактивен; пунктирната линия е краят на наблюдението.',
  'explorer.story.label':
    'Хронология на покупките на {id}: дни с покупки и суми ({count}) и P(alive) във времето. Използвайте клавишите със стрелки, за да преминавате през покупките.',
  'explorer.story.alive': 'P(alive)',
  'explorer.story.amount': 'Сума',
  'explorer.story.purchase':
    'Покупка {n} от {total}, {date}: {amount}; P(alive) веднага след нея: {pAlive}',
} satisfies Translation<typeof en, 'bg'>;
