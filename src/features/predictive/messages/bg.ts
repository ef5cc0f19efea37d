/** Bulgarian messages (keys and placeholders: ./en.ts). */
import type { Translation } from '../../../ui/i18n/index.ts';
import type { en } from './en.ts';

export const bg = {
  'predictive.title': 'Прогнозна доживотна стойност',
  'predictive.intro':
    'BG/NBD прогнозира колко покупки ще направи всеки клиент и дали все още е клиент (P(alive)); Gamma-Gamma прогнозира каква е стойността на всяка покупка. Заедно те дават дисконтираната доживотна стойност (CLV) на всеки клиент за хоризонта и риска от отлив, който определя къде да отидат средствата за задържане.',
  'predictive.controls': 'Настройки на модела',
  'predictive.loading': 'Напасване на моделите…',
  'predictive.error': 'Моделите не могат да бъдат напаснати: {reason}',
  'predictive.unit': 'Единица за време',
  'predictive.unitSummary': 'Единица за време на давността и T във файла',
  'predictive.unit.week': 'седмица',
  'predictive.unit.day': 'ден',
  'predictive.unit.weeks': 'седмици',
  'predictive.unit.days': 'дни',
  'predictive.end': 'Край на наблюдението (последен отчетен ден)',
  'predictive.horizon': 'Хоризонт ({unit})',
  'predictive.margin': 'Марж (% от приходите)',
  'predictive.discount': 'Дисконтов процент за {unit} (%)',
  'predictive.discountYearly': '≈ {rate} % годишно',
  'predictive.fit.title': 'Напаснати модели',
  'predictive.fit.bgnbd': 'BG/NBD — колко често и за колко време',
  'predictive.fit.gammaGamma': 'Gamma-Gamma — колко на покупка',
  'predictive.fit.converged': 'Сходимост е постигната',
  'predictive.fit.notConverged': 'Няма сходимост: отнасяйте се към стойностите с повишено внимание',
  'predictive.fit.loglik': 'логаритмична правдоподобност {value}',
  'predictive.fit.customers': 'Клиенти: {count}',
  'predictive.fit.repeatCustomers': 'Повторни клиенти: {count}',
  'predictive.fit.rAlpha':
    'r и α: как честотата на покупките се различава между клиентите (параметър на формата на Gamma r, интензивност α за {unit}). Малко r означава, че няколко клиенти купуват много по-често от останалите. Типичен активен клиент купува около {rate} пъти за {unit}.',
  'predictive.fit.ab':
    'a и b: как клиентите отпадат. След всяка покупка клиентът напуска с вероятност, взета от Beta(a, b); средно {dropout}.',
  'predictive.fit.pqg':
    'p, q и γ: разходи. p определя колко се различават покупките на един клиент; q и γ — колко се различават средните разходи между клиентите. Среден разход на покупка за всички клиенти: {mean}.',
  'predictive.fit.warning': 'Проверете модела на разходите: {reason}.',
  'predictive.fit.noSpend':
    'Няма модел на разходите, следователно няма доживотна стойност в пари: {reason}. Покупките и P(alive) все пак се прогнозират. За целта обобщеният файл трябва да има колона с парична стойност (zbar).',
  'predictive.totals.customers': 'Клиенти',
  'predictive.totals.expected': 'Очаквани покупки за хоризонт {horizon} (единица: {unit})',
  'predictive.totals.clv': 'Обща прогнозна CLV',
  'predictive.totals.alive': 'Средна P(alive)',
  'predictive.totals.revenue': 'Приходи досега, за сравнение: {revenue}.',
  'predictive.headline.title': 'Следващите {horizon} накратко',
  'predictive.headline.expected': 'Очаквани покупки',
  'predictive.headline.highRisk': 'Клиенти с висок риск',
  'predictive.headline.highRiskClv': 'с CLV {clv}',
  'predictive.headline.aliveRepeat': 'Повторни купувачи, още активни (средна P(alive))',
  'predictive.headline.aliveAll': 'всички клиенти: {alive}',
  'predictive.headline.revenue': 'Приходи досега',
  'predictive.headline.aliveNote':
    'P(alive) е вероятността клиентът още да купува от вас. Повече от веднъж са купили {repeat} клиенти. За {oneTime}, купили само веднъж, моделът още не може да каже дали са си отишли и ги смята за активни на 100 %: това вдига средното за всички клиенти.',
  'predictive.details.title': 'Подробности за модела',
  'predictive.details.intro':
    'Оценените параметри, доколко моделът съответства на данните и проверка върху отложен период.',
  'predictive.col.repeat': 'Повторни покупки',
  'predictive.col.revenue': 'Приходи досега',
  'predictive.col.pAlive': 'P(alive)',
  'predictive.col.expected': 'Очаквани покупки',
  'predictive.col.value': 'Стойност на покупка',
  'predictive.col.clv': 'CLV',
  'predictive.tier.low': 'ниска',
  'predictive.tier.mid': 'средна',
  'predictive.tier.high': 'висока',
  'predictive.grid.title': 'Стойност × риск: къде да отидат средствата за задържане',
  'predictive.grid.rules':
    'Стойност: прогнозна CLV, разделена на третини (ниска ≤ {low} < средна ≤ {mid} < висока). Риск: вероятност за липса на покупка през следващите {horizon} — нисък под {riskMid}, среден {riskMid}–{riskHigh}, висок над {riskHigh}. Изберете клетка, за да видите нейните клиенти.',
  'predictive.grid.risk': 'Степен на риска: {tier}',
  'predictive.grid.value': 'Стойност: {tier}',
  'predictive.grid.clv': 'CLV {clv}',
  'predictive.grid.cellLabel':
    'Стойност: {value}, степен на риска: {risk}; клиенти: {customers}, CLV {clv}. {playbook}. Показване на клиентите.',
  'predictive.grid.listTitle': 'Клиенти със стойност „{value}“ и степен на риска „{risk}“',
  'predictive.grid.winBack':
    'клиенти, чиято P(alive) е под {pAlive}, но чиито приходи досега са в горната третина (над {revenue}); общо {total} досега.',
  'predictive.grid.needsSpend':
    'Таблицата „стойност × риск“ изисква прогнозни стойности в пари, а моделът на разходите не можа да бъде напаснат.',
  'predictive.playbook.minimal.title': 'Минимални разходи',
  'predictive.playbook.minimal.text':
    'Малки награди и маркетингово съобщение с месечната сметка; други стимули само от време на време.',
  'predictive.playbook.targeted.title': 'Целеви оферти',
  'predictive.playbook.targeted.text':
    'Оферти по каналите, които всеки клиент предпочита, на ниска цена (имейл, съобщения със сметката); следете за преминаване към висок риск.',
  'predictive.playbook.personal.title': 'Персонални оферти',
  'predictive.playbook.personal.text':
    'Персонални оферти по няколко канала, включително скъпи — директна поща и телефон: „Ценим ви и ще предложим условия, не по-лоши от всяка конкурентна оферта.“',
  'predictive.playbook.winBack.title': 'Програма за връщане',
  'predictive.playbook.winBack.text':
    'Ценни клиенти, които вече са загубени: специална програма за връщане, за да се възстанови бързо връзката.',
  'predictive.hist.title': 'Разпределение на прогнозната CLV за {horizon}',
  'predictive.hist.x': 'Прогнозна CLV (интервалите растат през 1–2–5)',
  'predictive.hist.y': 'Клиенти',
  'predictive.hist.from': 'CLV от',
  'predictive.hist.to': 'CLV под',
  'predictive.top.title': 'Топ {count} клиенти по прогнозна CLV',
  'predictive.top.intro': 'Очаквани покупки и CLV за следващите {horizon}.',
  'predictive.diag.title':
    'Проверка на напасването: повторни покупки, действителни и според модела',
  'predictive.diag.x': 'Повторни покупки в периода на наблюдение',
  'predictive.diag.y': 'Клиенти',
  'predictive.diag.actual': 'Действителни',
  'predictive.diag.model': 'Очаквани по BG/NBD',
  'predictive.matrix.title': 'P(alive) според честотата и времето от последната покупка',
  'predictive.matrix.label':
    'Топлинна карта на средната P(alive) според повторните покупки и времето от последната покупка. Използвайте клавишите със стрелки, за да се придвижвате между клетките.',
  'predictive.matrix.xAxis': 'Време от последната покупка ({unit})',
  'predictive.matrix.yAxis': 'Повторни покупки',
  'predictive.matrix.cell':
    'Повторни покупки: {frequency}, последна покупка преди {since} {unit}: средна P(alive) {pAlive} при {customers} клиенти',
  'predictive.matrix.note':
    'Клиентите без повторна покупка все още не са имали възможност да отпаднат според BG/NBD, затова тяхната P(alive) е 100 %.',
  'predictive.holdout.title': 'Калибриране и контролен период: прогнозира ли моделът бъдещето?',
  'predictive.holdout.intro':
    'Моделът е напаснат по покупките до {split}, след което прогнозира следващите {duration} {unit} до {end}. Стълбове: средни покупки на клиент в контролния период според повторните покупки в периода на калибриране.',
  'predictive.holdout.loading': 'Проверка на модела върху контролен период…',
  'predictive.holdout.error': 'Проверката с контролен период е неуспешна: {reason}',
  'predictive.holdout.split': 'Край на калибрирането',
  'predictive.holdout.actual': 'Действителни',
  'predictive.holdout.predicted': 'Прогнозирани',
  'predictive.holdout.totalActual': 'Покупки в контролния период, действителни',
  'predictive.holdout.totalPredicted': 'Прогнозирани',
  'predictive.holdout.mae': 'Средна абсолютна грешка на клиент',
  'predictive.holdout.correlation': 'Корелация',
  'predictive.holdout.xAxis': 'Повторни покупки в периода на калибриране',
  'predictive.holdout.yAxis': 'Покупки на клиент',
  'predictive.holdout.summaryOnly':
    'Проверката с контролен период изисква транзакциите; този набор от данни е обобщение по клиенти.',
} satisfies Translation<typeof en, 'bg'>;
