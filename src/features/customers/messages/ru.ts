/** Russian messages (keys and placeholders: ./en.ts). */
import type { Translation } from '../../../ui/i18n/index.ts';
import type { en } from './en.ts';

export const ru = {
  'explorer.title': 'Клиенты',
  'explorer.intro':
    'Все клиенты с их историей, RFM-сегментом и прогнозами: P(alive) на сегодня, ожидаемые покупки и пожизненная ценность на ближайшие {horizon} при марже {margin}. Выберите строку, чтобы увидеть покупки клиента и изменение его P(alive).',
  'explorer.settingsLink': 'Изменить настройки модели',
  'explorer.loading': 'Оценка всех клиентов…',
  'explorer.error': 'Не удалось получить список клиентов: {reason}',
  'explorer.count': 'Клиентов: {count}',
  'explorer.countOne': '1 клиент',
  'explorer.csvHint':
    'Все клиенты, отобранные поиском и фильтрами, в CSV с округлением как на экране',
  'explorer.table': 'Клиенты',
  'explorer.rows':
    'Клиентов: {count}; для перемещения между строками используйте клавиши со стрелками',
  'explorer.sortBy': 'Сортировать по столбцу «{column}»',
  'explorer.noMatch': 'Нет подходящих клиентов. Очистите поиск или фильтры.',
  'explorer.search': 'Поиск по идентификатору или имени',
  'explorer.searchPlaceholder': 'например, C10001 или Petrov',
  'explorer.segment': 'RFM-сегмент',
  'explorer.cellFilter': 'Ценность × риск',
  'explorer.all': 'Все',
  'explorer.cell': 'Уровень ценности: {value}, риск: {risk}',
  'explorer.detail.pick':
    'Выберите клиента в таблице, чтобы увидеть его покупки и изменение P(alive) во времени.',
  'explorer.detail.loading': 'Загрузка данных клиента…',
  'explorer.detail.none': 'Нет покупок до конца периода наблюдения.',
  'explorer.detail.alive': 'P(alive) на {date}',
  'explorer.detail.expected': 'Ожидаемые покупки, ближайшие {horizon}',
  'explorer.detail.clv': 'CLV, ближайшие {horizon}',
  'explorer.story.title': 'Покупки и P(alive) во времени',
  'explorer.story.hint':
    'P(alive) подскакивает после каждой покупки и снижается, пока клиент молчит; пунктирная линия — конец наблюдения.',
  'explorer.story.label':
    'Хронология покупок клиента {id}: дни покупок с суммами ({count}) и P(alive) во времени. Для перехода между покупками используйте клавиши со стрелками.',
  'explorer.story.alive': 'P(alive)',
  'explorer.story.amount': 'Сумма',
  'explorer.story.purchase':
    'Покупка {n} из {total}, {date}: {amount}; P(alive) сразу после неё: {pAlive}',
} satisfies Translation<typeof en, 'ru'>;
