/** Russian messages (keys and placeholders: ./en.ts). */
import type { Translation } from '../../../ui/i18n/index.ts';
import type { en } from './en.ts';

export const ru = {
  'cohorts.title': 'Когорты',
  'cohorts.intro':
    'Клиенты, сгруппированные по периоду первой покупки (когорта), и их поведение в последующих периодах: k = 0 — первый период, k = 1 — следующий и так далее.',
  'cohorts.controls': 'Настройки когорт',
  'cohorts.metric': 'Показатель',
  'cohorts.metric.customers': 'Клиенты',
  'cohorts.metric.revenue': 'Выручка',
  'cohorts.metric.revenuePerCustomer': 'Выручка на клиента',
  'cohorts.metric.cumulativeRevenuePerCustomer': 'Накопленная выручка на клиента',
  'cohorts.mode': 'Учитывать клиента',
  'cohorts.mode.classic': 'В периоде k (классический подход)',
  'cohorts.mode.rolling': 'В периоде k или позже (скользящий подход)',
  'cohorts.rollingDisabled':
    'Скользящий подход неприменим к накопленной выручке: она и так суммирует все периоды до k.',
  'cohorts.scale': 'Показывать',
  'cohorts.scale.percent': 'В процентах',
  'cohorts.scale.absolute': 'В абсолютных значениях',
  'cohorts.percentHint.customers': 'Процент от размера когорты.',
  'cohorts.percentHint.revenue': 'Процент от значения когорты при k = 0.',
  'cohorts.split': 'Разбивка по',
  'cohorts.split.none': 'Без разбивки',
  'cohorts.split.acquisitionChannel': 'Канал привлечения',
  'cohorts.split.segment': 'Сегмент',
  'cohorts.split.plan': 'Тариф',
  'cohorts.split.firstChannel': 'Канал первой покупки',
  'cohorts.split.firstProduct': 'Товар первой покупки',
  'cohorts.minSize': 'Приглушать когорты меньше (клиентов)',
  'cohorts.minSizeHint':
    'Когорты с меньшим числом клиентов приглушены: при малом числе клиентов доли сильно скачут.',
  'cohorts.smallCohort': 'Маленькая когорта ({size} клиентов): читать с осторожностью.',
  'cohorts.smallShort': 'маленькая когорта',
  'cohorts.smallNote':
    'Приглушённые строки: когорты меньше {min} клиентов (размер оранжевым) — слишком мало, чтобы их проценты что-то значили.',
  'cohorts.smallCurves.one':
    'Бледная пунктирная линия: {count} когорта меньше {min} клиентов, не учитывается в наименьшем и наибольшем.',
  'cohorts.smallCurves.few':
    'Бледные пунктирные линии: {count} когорты меньше {min} клиентов, не учитываются в наименьшем и наибольшем.',
  'cohorts.smallCurves.many':
    'Бледные пунктирные линии: {count} когорт меньше {min} клиентов, не учитываются в наименьшем и наибольшем.',
  'cohorts.smallCurves.other':
    'Бледные пунктирные линии: {count} когорты меньше {min} клиентов, не учитываются в наименьшем и наибольшем.',
  'cohorts.heatmap': 'Когортная матрица',
  'cohorts.heatmapLabel':
    'Тепловая карта когорт: строк — {rows}, периодов — {columns}. Клавиши со стрелками перемещают между ячейками, Enter показывает список клиентов ячейки.',
  'cohorts.heatmapHelp':
    'Щёлкните ячейку или установите фокус на карте и используйте клавиши со стрелками и Enter, чтобы увидеть список её клиентов.',
  'cohorts.incompleteNote':
    'Заштрихованные ячейки: период ещё не закончился (данные заканчиваются {date}), поэтому значения ещё вырастут.',
  'cohorts.curves': 'Кривые удержания',
  'cohorts.curvesLabel':
    'Линейный график кривых когорт ({rows}) по k с выделенной средневзвешенной кривой. Клавиши со стрелками перемещают между периодами.',
  'cohorts.curvesRole': 'линейный график',
  'cohorts.range': 'минимум {low}, максимум {high}',
  'cohorts.lowest': 'Минимум',
  'cohorts.highest': 'Максимум',
  'cohorts.curvesNote':
    'Тонкие линии — по одной на когорту. Толстая линия — средневзвешенное значение. Незавершённые периоды не показаны.',
  'cohorts.curvesFromOne':
    'k = 0 (первый период, вся когорта) не показан, чтобы кривые после него были читаемы.',
  'cohorts.cohort': 'Когорта',
  'cohorts.group': 'Группа',
  'cohorts.size': 'Размер',
  'cohorts.k': 'k',
  'cohorts.kLabel': 'k = {k}',
  'cohorts.period': 'Период',
  'cohorts.value': 'Значение',
  'cohorts.mean': 'Средневзвешенное',
  'cohorts.meanPerCohort': 'Среднее на когорту',
  'cohorts.incomplete': 'Период ещё не закончился',
  'cohorts.axisK': 'Периоды после первой покупки (k)',
  'cohorts.axisCohort': 'Когорта (первая покупка)',
  'cohorts.cellTitle': 'Когорта {cohort}, k = {k} ({period})',
  'cohorts.cellRevenueNote':
    'Клиенты этой когорты, совершившие покупки в этом периоде; в ячейке показан показатель «{metric}».',
  'cohorts.cellLoading': 'Составление списка клиентов…',
  'cohorts.loading': 'Расчёт когортной матрицы…',
  'cohorts.empty': 'В этом наборе данных нет транзакций для группировки в когорты.',
  'cohorts.error': 'Не удалось рассчитать когорты: {reason}',
} satisfies Translation<typeof en, 'ru'>;
