/** Russian messages (keys and placeholders: ./en.ts). */
import type { Translation } from '../../../ui/i18n/index.ts';
import type { en } from './en.ts';

export const ru = {
  'predictive.title': 'Прогнозная пожизненная ценность',
  'predictive.intro':
    'BG/NBD прогнозирует, сколько покупок совершит каждый клиент и остаётся ли он клиентом (P(alive)); Gamma-Gamma прогнозирует ценность каждой покупки. Вместе они дают дисконтированную пожизненную ценность каждого клиента (CLV) на горизонте прогноза и риск оттока, от которого зависит, куда направить бюджет на удержание.',
  'predictive.controls': 'Настройки модели',
  'predictive.loading': 'Подгонка моделей…',
  'predictive.error': 'Не удалось подогнать модели: {reason}',
  'predictive.unit': 'Единица времени',
  'predictive.unitSummary': 'Единица времени для давности и T в файле',
  'predictive.unit.week': 'неделя',
  'predictive.unit.day': 'день',
  'predictive.unit.weeks': 'нед.',
  'predictive.unit.days': 'дн.',
  'predictive.end': 'Конец наблюдения (последний учитываемый день)',
  'predictive.horizon': 'Горизонт ({unit})',
  'predictive.margin': 'Маржа (% выручки)',
  'predictive.discount': 'Ставка дисконтирования за период ({unit}), %',
  'predictive.discountYearly': '≈ {rate} % в год',
  'predictive.fit.title': 'Подогнанные модели',
  'predictive.fit.bgnbd': 'BG/NBD — как часто и как долго',
  'predictive.fit.gammaGamma': 'Gamma-Gamma — сколько за покупку',
  'predictive.fit.converged': 'Сошлась',
  'predictive.fit.notConverged': 'Не сошлась: относитесь к цифрам с осторожностью',
  'predictive.fit.loglik': 'логарифм правдоподобия {value}',
  'predictive.fit.customers': 'Клиентов: {count}',
  'predictive.fit.repeatCustomers': 'Повторных клиентов: {count}',
  'predictive.fit.rAlpha':
    'r и α: насколько различается частота покупок у разных клиентов (параметр формы Gamma r, интенсивность α; период — {unit}). Малое r означает, что несколько клиентов покупают гораздо чаще остальных. Типичный активный клиент совершает около {rate} покупки за период ({unit}).',
  'predictive.fit.ab':
    'a и b: как клиенты уходят. После каждой покупки клиент уходит с вероятностью, взятой из распределения Beta(a, b); в среднем {dropout}.',
  'predictive.fit.pqg':
    'p, q и γ: траты. p определяет, насколько различаются покупки одного клиента; q и γ — насколько различаются средние траты разных клиентов. Средние траты на покупку по всем клиентам: {mean}.',
  'predictive.fit.warning': 'Проверьте модель трат: {reason}.',
  'predictive.fit.noSpend':
    'Модели трат нет, поэтому нет и пожизненной ценности в деньгах: {reason}. Покупки и P(alive) по-прежнему прогнозируются. Для этого в файле сводки нужен столбец денежной ценности (zbar).',
  'predictive.totals.customers': 'Клиенты',
  'predictive.totals.expected': 'Ожидаемые покупки на горизонте {horizon} (период — {unit})',
  'predictive.totals.clv': 'Суммарная прогнозная CLV',
  'predictive.totals.alive': 'Средняя P(alive)',
  'predictive.totals.revenue': 'Для сравнения, выручка на сегодня: {revenue}.',
  'predictive.headline.title': 'Следующие {horizon} в цифрах',
  'predictive.headline.expected': 'Ожидаемые покупки',
  'predictive.headline.highRisk': 'Клиенты с высоким риском',
  'predictive.headline.highRiskClv': 'их CLV: {clv}',
  'predictive.headline.aliveRepeat': 'Повторные покупатели, ещё активные (средняя P(alive))',
  'predictive.headline.aliveAll': 'все клиенты: {alive}',
  'predictive.headline.revenue': 'Выручка до сих пор',
  'predictive.headline.aliveNote':
    'P(alive) — вероятность, что клиент всё ещё покупает у вас. Больше одного раза купили {repeat} клиентов. О {oneTime}, купивших один раз, модель пока не может сказать, ушли ли они, и считает их активными на 100 %: это завышает среднее по всем клиентам.',
  'predictive.details.title': 'Подробности модели',
  'predictive.details.intro':
    'Оценённые параметры, насколько модель соответствует данным, и проверка на отложенном периоде.',
  'predictive.col.repeat': 'Повторные покупки',
  'predictive.col.revenue': 'Выручка на сегодня',
  'predictive.col.pAlive': 'P(alive)',
  'predictive.col.expected': 'Ожидаемые покупки',
  'predictive.col.value': 'Ценность покупки',
  'predictive.col.clv': 'CLV',
  'predictive.tier.low': 'низкий',
  'predictive.tier.mid': 'средний',
  'predictive.tier.high': 'высокий',
  'predictive.grid.title': 'Ценность × риск: куда направить бюджет на удержание',
  'predictive.grid.rules':
    'Ценность: прогнозная CLV, разделённая на трети (низкая ≤ {low} < средняя ≤ {mid} < высокая). Риск: вероятность того, что клиент не совершит покупок в ближайшие {horizon}: низкий — ниже {riskMid}, средний — {riskMid}–{riskHigh}, высокий — выше {riskHigh}. Выберите ячейку, чтобы увидеть список её клиентов.',
  'predictive.grid.risk': 'Риск: {tier}',
  'predictive.grid.value': 'Уровень ценности: {tier}',
  'predictive.grid.clv': 'CLV {clv}',
  'predictive.grid.cellLabel':
    'Уровень ценности: {value}, риск: {risk}; клиентов: {customers}, CLV {clv}. {playbook}. Показать клиентов.',
  'predictive.grid.listTitle': 'Клиенты с уровнем ценности «{value}» и риском «{risk}»',
  'predictive.grid.winBack':
    'клиенты, у которых P(alive) ниже {pAlive}, но выручка на сегодня входит в верхнюю треть (выше {revenue}); вместе на сегодня {total}.',
  'predictive.grid.needsSpend':
    'Для таблицы «ценность × риск» нужны прогнозные значения в деньгах, а модель трат подогнать не удалось.',
  'predictive.playbook.minimal.title': 'Минимальные затраты',
  'predictive.playbook.minimal.text':
    'Небольшие бонусы и маркетинговое сообщение вместе с ежемесячным счётом; прочие стимулы — лишь изредка.',
  'predictive.playbook.targeted.title': 'Адресные предложения',
  'predictive.playbook.targeted.text':
    'Предложения через каналы, которые предпочитает каждый клиент, с невысокими затратами (e-mail, сообщения вместе со счётом); следите за переходом в зону высокого риска.',
  'predictive.playbook.personal.title': 'Персональные предложения',
  'predictive.playbook.personal.text':
    'Персональные предложения по нескольким каналам, включая дорогие — почтовую рассылку и телефон: «Мы ценим вас и готовы предложить условия не хуже, чем у конкурентов».',
  'predictive.playbook.winBack.title': 'Программа возврата',
  'predictive.playbook.winBack.text':
    'Ценные клиенты, которые уже ушли: отдельная программа возврата, чтобы быстро восстановить отношения.',
  'predictive.hist.title': 'Распределение прогнозной CLV на {horizon}',
  'predictive.hist.x': 'Прогнозная CLV (интервалы растут по шагам 1–2–5)',
  'predictive.hist.y': 'Клиенты',
  'predictive.hist.from': 'CLV от',
  'predictive.hist.to': 'CLV ниже',
  'predictive.top.title': 'Лучшие клиенты по прогнозной CLV (топ-{count})',
  'predictive.top.intro': 'Ожидаемые покупки и CLV на ближайшие {horizon}.',
  'predictive.diag.title': 'Проверка подгонки: повторные покупки, факт и модель',
  'predictive.diag.x': 'Повторные покупки за период наблюдения',
  'predictive.diag.y': 'Клиенты',
  'predictive.diag.actual': 'Факт',
  'predictive.diag.model': 'Ожидание BG/NBD',
  'predictive.matrix.title': 'P(alive) в зависимости от частоты и времени с последней покупки',
  'predictive.matrix.label':
    'Тепловая карта средней P(alive) в зависимости от числа повторных покупок и времени с последней покупки. Для перемещения между ячейками используйте клавиши со стрелками.',
  'predictive.matrix.xAxis': 'Время с последней покупки ({unit})',
  'predictive.matrix.yAxis': 'Повторные покупки',
  'predictive.matrix.cell':
    'Повторных покупок: {frequency}, последняя покупка {since} {unit} назад: средняя P(alive) {pAlive}, клиентов: {customers}',
  'predictive.matrix.note':
    'У клиентов без повторных покупок в модели BG/NBD ещё не было возможности уйти, поэтому их P(alive) равна 100 %.',
  'predictive.holdout.title': 'Калибровка и контрольный период: предсказывает ли модель будущее?',
  'predictive.holdout.intro':
    'Модель подогнана по покупкам до {split}, затем она прогнозирует следующие {duration} {unit} до {end}. Столбцы: среднее число покупок на клиента в контрольном периоде в зависимости от числа повторных покупок в периоде калибровки.',
  'predictive.holdout.loading': 'Проверка модели на контрольном периоде…',
  'predictive.holdout.error': 'Проверка на контрольном периоде не удалась: {reason}',
  'predictive.holdout.split': 'Конец калибровки',
  'predictive.holdout.actual': 'Факт',
  'predictive.holdout.predicted': 'Прогноз',
  'predictive.holdout.totalActual': 'Покупки в контрольном периоде, факт',
  'predictive.holdout.totalPredicted': 'Прогноз',
  'predictive.holdout.mae': 'Средняя абсолютная ошибка на клиента',
  'predictive.holdout.correlation': 'Корреляция',
  'predictive.holdout.xAxis': 'Повторные покупки в периоде калибровки',
  'predictive.holdout.yAxis': 'Покупки на клиента',
  'predictive.holdout.summaryOnly':
    'Для проверки на контрольном периоде нужны транзакции, а этот набор данных — сводка по клиентам.',
} satisfies Translation<typeof en, 'ru'>;
