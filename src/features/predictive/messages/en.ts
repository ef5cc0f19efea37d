/**
 * English messages of the Predictive CLV screen; ru.ts, bg.ts and ro.ts beside translate every
 * key.
 */
export const en = {
  'predictive.title': 'Predictive lifetime value',
  'predictive.intro':
    'BG/NBD predicts how many purchases each customer will make and whether they are still a customer (P(alive)); Gamma-Gamma predicts what each purchase is worth. Together they give each customer’s discounted lifetime value over the horizon, and the churn risk that decides where retention money goes.',
  'predictive.controls': 'Model settings',
  'predictive.loading': 'Fitting the models…',
  'predictive.error': 'The models could not be fitted: {reason}',
  'predictive.unit': 'Time unit',
  'predictive.unitSummary': 'Time unit of the file’s recency and T',
  'predictive.unit.week': 'week',
  'predictive.unit.day': 'day',
  'predictive.unit.weeks': 'weeks',
  'predictive.unit.days': 'days',
  'predictive.end': 'Observation end (last day counted)',
  'predictive.horizon': 'Horizon ({unit})',
  'predictive.margin': 'Margin (% of revenue)',
  'predictive.discount': 'Discount rate per {unit} (%)',
  'predictive.discountYearly': '≈ {rate} % a year',
  'predictive.fit.title': 'Fitted models',
  'predictive.fit.bgnbd': 'BG/NBD — how often, and for how long',
  'predictive.fit.gammaGamma': 'Gamma-Gamma — how much per purchase',
  'predictive.fit.converged': 'Converged',
  'predictive.fit.notConverged': 'Did not converge: treat the figures with care',
  'predictive.fit.loglik': 'log-likelihood {value}',
  'predictive.fit.customers': '{count} customers',
  'predictive.fit.repeatCustomers': '{count} repeat customers',
  'predictive.fit.rAlpha':
    'r and α: how purchase rates differ between customers (Gamma shape r, rate α per {unit}). A small r means a few customers buy far more often than the rest. A typical active customer buys about {rate} times a {unit}.',
  'predictive.fit.ab':
    'a and b: how customers drop out. After each purchase a customer leaves with a probability drawn from Beta(a, b); on average {dropout}.',
  'predictive.fit.pqg':
    'p, q and γ: spend. p shapes how much one customer’s purchases vary; q and γ how average spend differs between customers. Average spend per purchase across customers: {mean}.',
  'predictive.fit.warning': 'Check the spend model: {reason}.',
  'predictive.fit.noSpend':
    'No spend model, so no lifetime value in money: {reason}. Purchases and P(alive) are still predicted. A summary file needs a monetary value column (zbar) for this.',
  'predictive.totals.customers': 'Customers',
  'predictive.totals.expected': 'Expected purchases in the next {horizon} {unit}s',
  'predictive.totals.clv': 'Total predicted CLV',
  'predictive.totals.alive': 'Mean P(alive)',
  'predictive.totals.revenue': 'Revenue so far, for comparison: {revenue}.',
  'predictive.headline.title': 'The next {horizon} at a glance',
  'predictive.headline.expected': 'Expected purchases',
  'predictive.headline.highRisk': 'Customers at high risk',
  'predictive.headline.highRiskClv': 'worth {clv} in CLV',
  'predictive.headline.aliveRepeat': 'Repeat buyers still active (mean P(alive))',
  'predictive.headline.aliveAll': 'all customers: {alive}',
  'predictive.headline.revenue': 'Revenue so far',
  'predictive.headline.aliveNote':
    'P(alive) is the chance that a customer still buys from you. {repeat} customers bought more than once. For the {oneTime} who bought only once the model cannot yet tell whether they have left, so it counts them as 100 % active: that lifts the mean over all customers.',
  'predictive.details.title': 'Model details',
  'predictive.details.intro':
    'The fitted parameters, how well the model matches the data, and a check against a held-out period.',
  'predictive.col.repeat': 'Repeat purchases',
  'predictive.col.revenue': 'Revenue so far',
  'predictive.col.pAlive': 'P(alive)',
  'predictive.col.expected': 'Expected purchases',
  'predictive.col.value': 'Value per purchase',
  'predictive.col.clv': 'CLV',
  'predictive.tier.low': 'low',
  'predictive.tier.mid': 'medium',
  'predictive.tier.high': 'high',
  'predictive.grid.title': 'Value × risk: where retention money goes',
  'predictive.grid.rules':
    'Value: predicted CLV, split into thirds (low ≤ {low} < medium ≤ {mid} < high). Risk: probability of no purchase in the next {horizon} — low below {riskMid}, medium {riskMid}–{riskHigh}, high above {riskHigh}. Choose a cell to list its customers.',
  'predictive.grid.risk': '{tier} risk',
  'predictive.grid.value': '{tier} value',
  'predictive.grid.clv': 'CLV {clv}',
  'predictive.grid.cellLabel':
    '{value} value, {risk} risk: {customers} customers, CLV {clv}. {playbook}. Show the customers.',
  'predictive.grid.listTitle': 'Customers with {value} value and {risk} risk',
  'predictive.grid.winBack':
    'customers whose P(alive) is below {pAlive} but whose revenue so far is in the top third (above {revenue}); together {total} so far.',
  'predictive.grid.needsSpend':
    'The value × risk grid needs predicted values in money, and the spend model could not be fitted.',
  'predictive.playbook.minimal.title': 'Minimal spend',
  'predictive.playbook.minimal.text':
    'Small rewards and a marketing message with the monthly bill; other incentives only now and then.',
  'predictive.playbook.targeted.title': 'Targeted offers',
  'predictive.playbook.targeted.text':
    'Offers through the channels each customer prefers, kept inexpensive (e-mail, messages with the bill); watch for movement towards high risk.',
  'predictive.playbook.personal.title': 'Personal offers',
  'predictive.playbook.personal.text':
    'Personal offers through several channels, including expensive ones — direct mail and phone: “We value you and will match any competing offer.”',
  'predictive.playbook.winBack.title': 'Win-back program',
  'predictive.playbook.winBack.text':
    'Valuable customers already lost: a dedicated win-back program to restore the relationship quickly.',
  'predictive.hist.title': 'Distribution of predicted CLV over {horizon}',
  'predictive.hist.x': 'Predicted CLV (bins grow 1–2–5)',
  'predictive.hist.y': 'Customers',
  'predictive.hist.from': 'CLV from',
  'predictive.hist.to': 'CLV below',
  'predictive.top.title': 'Top {count} customers by predicted CLV',
  'predictive.top.intro': 'Expected purchases and CLV over the next {horizon}.',
  'predictive.diag.title': 'Fit check: repeat purchases, actual vs model',
  'predictive.diag.x': 'Repeat purchases in the observation period',
  'predictive.diag.y': 'Customers',
  'predictive.diag.actual': 'Actual',
  'predictive.diag.model': 'BG/NBD expected',
  'predictive.matrix.title': 'P(alive) by frequency and time since the last purchase',
  'predictive.matrix.label':
    'Heat map of mean P(alive) by repeat purchases and time since the last purchase. Use the arrow keys to move between cells.',
  'predictive.matrix.xAxis': 'Time since the last purchase ({unit})',
  'predictive.matrix.yAxis': 'Repeat purchases',
  'predictive.matrix.cell':
    '{frequency} repeat purchases, last purchase {since} {unit} ago: mean P(alive) {pAlive} over {customers} customers',
  'predictive.matrix.note':
    'Customers with no repeat purchase have had no chance to drop out in BG/NBD, so their P(alive) is 100 %.',
  'predictive.holdout.title': 'Calibration and holdout: does the model predict the future?',
  'predictive.holdout.intro':
    'Fitted on purchases up to {split}, then asked to predict the {duration} {unit} up to {end}. Bars: mean purchases per customer in the holdout, by repeat purchases in the calibration period.',
  'predictive.holdout.loading': 'Checking the model on a holdout period…',
  'predictive.holdout.error': 'The holdout check failed: {reason}',
  'predictive.holdout.split': 'Calibration ends',
  'predictive.holdout.actual': 'Actual',
  'predictive.holdout.predicted': 'Predicted',
  'predictive.holdout.totalActual': 'Holdout purchases, actual',
  'predictive.holdout.totalPredicted': 'Predicted',
  'predictive.holdout.mae': 'Mean absolute error per customer',
  'predictive.holdout.correlation': 'Correlation',
  'predictive.holdout.xAxis': 'Repeat purchases in the calibration period',
  'predictive.holdout.yAxis': 'Purchases per customer',
  'predictive.holdout.summaryOnly':
    'A holdout check needs the transactions; this data set is a per-customer summary.',
} as const;

// t() knows these keys; the bundle (./index.ts) registers them when the screen loads.
type English = typeof en;
declare module '../../../ui/i18n/index.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Messages extends English {}
}
