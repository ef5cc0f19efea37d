/** Bulgarian messages (keys and placeholders: ./en.ts). */
import type { Translation } from '../../../ui/i18n/index.ts';
import type { en } from './en.ts';

export const bg = {
  'cohorts.title': 'Кохорти',
  'cohorts.intro':
    'Клиентите, групирани по периода на първата им покупка (кохортата) и проследени в следващите периоди: k = 0 е първият период, k = 1 — следващият и т.н.',
  'cohorts.controls': 'Настройки на кохортите',
  'cohorts.metric': 'Показател',
  'cohorts.metric.customers': 'Клиенти',
  'cohorts.metric.revenue': 'Приходи',
  'cohorts.metric.revenuePerCustomer': 'Приходи на клиент',
  'cohorts.metric.cumulativeRevenuePerCustomer': 'Натрупани приходи на клиент',
  'cohorts.mode': 'Отчитане на клиент',
  'cohorts.mode.classic': 'В период k (класически)',
  'cohorts.mode.rolling': 'В k или по-късно (плъзгащ)',
  'cohorts.rollingDisabled':
    'Плъзгащият режим не важи за натрупаните приходи: те вече сумират всички периоди до k.',
  'cohorts.scale': 'Показване',
  'cohorts.scale.percent': 'Процент',
  'cohorts.scale.absolute': 'Абсолютни стойности',
  'cohorts.percentHint.customers': 'Процент от размера на кохортата.',
  'cohorts.percentHint.revenue': 'Процент от стойността на кохортата при k = 0.',
  'cohorts.split': 'Разбивка по',
  'cohorts.split.none': 'Без разбивка',
  'cohorts.split.acquisitionChannel': 'Канал на привличане',
  'cohorts.split.segment': 'Сегмент',
  'cohorts.split.plan': 'План',
  'cohorts.split.firstChannel': 'Канал на първата покупка',
  'cohorts.split.firstProduct': 'Продукт на първата покупка',
  'cohorts.minSize': 'Избледняват кохорти под (клиенти)',
  'cohorts.minSizeHint':
    'Кохортите с по-малко клиенти са избледнени: при малко клиенти дяловете силно скачат.',
  'cohorts.smallCohort': 'Малка кохорта ({size} клиенти): четете внимателно.',
  'cohorts.smallShort': 'малка кохорта',
  'cohorts.smallNote':
    'Избледнени редове: кохорти под {min} клиенти (размерът в оранжево) — твърде малко, за да значат нещо процентите им.',
  'cohorts.smallCurves.one':
    'Бледа пунктирна линия: {count} кохорта под {min} клиенти, не се брои за най-ниска и най-висока.',
  'cohorts.smallCurves.other':
    'Бледи пунктирни линии: {count} кохорти под {min} клиенти, не се броят за най-ниска и най-висока.',
  'cohorts.heatmap': 'Кохортна матрица',
  'cohorts.heatmapLabel':
    'Топлинна карта на кохортите: редове {rows}, периоди {columns}. Клавишите със стрелки преминават между клетките, Enter показва клиентите на клетката.',
  'cohorts.heatmapHelp':
    'Щракнете върху клетка или фокусирайте картата и използвайте клавишите със стрелки и Enter, за да видите нейните клиенти.',
  'cohorts.incompleteNote':
    'Защриховани клетки: периодът още не е приключил (данните свършват на {date}), затова стойностите им още ще растат.',
  'cohorts.curves': 'Криви на задържане',
  'cohorts.curvesLabel':
    'Линейна диаграма на кривите на кохортите ({rows}) по k, с подчертана среднопретеглена крива. Клавишите със стрелки преминават между периодите.',
  'cohorts.curvesRole': 'линейна диаграма',
  'cohorts.range': 'най-ниска {low}, най-висока {high}',
  'cohorts.lowest': 'Най-ниска',
  'cohorts.highest': 'Най-висока',
  'cohorts.curvesNote':
    'Тънки линии: по една за кохорта. Дебела линия: среднопретеглената. Неприключилите периоди не са показани.',
  'cohorts.curvesFromOne':
    'k = 0 (първият период, цялата кохорта) не е показан, за да могат да се разчетат кривите след него.',
  'cohorts.cohort': 'Кохорта',
  'cohorts.group': 'Група',
  'cohorts.size': 'Размер',
  'cohorts.k': 'k',
  'cohorts.kLabel': 'k = {k}',
  'cohorts.period': 'Период',
  'cohorts.value': 'Стойност',
  'cohorts.mean': 'Среднопретеглена',
  'cohorts.meanPerCohort': 'Средна на кохорта',
  'cohorts.incomplete': 'Периодът още не е приключил',
  'cohorts.axisK': 'Периоди от първата покупка (k)',
  'cohorts.axisCohort': 'Кохорта (първа покупка)',
  'cohorts.cellTitle': 'Кохорта {cohort}, k = {k} ({period})',
  'cohorts.cellRevenueNote':
    'Клиентите от тази кохорта, които са купували в този период; клетката показва техния показател „{metric}“.',
  'cohorts.cellLoading': 'Изброяване на клиентите…',
  'cohorts.loading': 'Изчисляване на кохортната матрица…',
  'cohorts.empty': 'Този набор от данни няма транзакции за групиране в кохорти.',
  'cohorts.error': 'Кохортите не могат да бъдат изчислени: {reason}',
} satisfies Translation<typeof en, 'bg'>;
