/**
 * English messages of the Report screen (the client report and its appendix); ru.ts, bg.ts and
 * ro.ts beside translate every key.
 */
export const en = {
  'report.heading': 'Client report',
  'report.intro':
    'One document for the client, built from the open data set with the settings last chosen on each screen. Switch off what you do not need, then print it or save it as PDF.',
  'report.controls': 'Report settings',
  'report.field.title': 'Title',
  'report.field.client': 'Client',
  'report.field.summary': 'Summary',
  'report.field.summaryHint': 'Your conclusions in a few sentences; they open the report.',
  'report.blocks': 'Blocks',
  'report.print': 'Print or save as PDF',
  'report.printHint':
    'Choose “Save as PDF” as the printer for a file. A4 and Letter both fit; charts stay sharp.',
  'report.defaultTitle': 'Customer analysis',
  'report.preparedFor': 'Prepared for {client}',
  'report.datasetLine': 'Data set “{name}” · prepared on {date}',
  'report.progress': 'Computing the report: {done} of {total} blocks ready…',
  'report.computing': 'Computing…',
  'report.failed': 'This block could not be computed: {reason}',
  'report.empty.title': 'No data set is open',
  'report.empty.body':
    'A report gathers the figures of one data set. Import your customers’ transactions, or try the sample data, on the Data sets screen; then come back here.',
  'report.empty.data': 'Go to Data sets',
  'report.empty.import': 'Import a file',
  'report.block.facts': 'The data set',
  'report.block.cohorts': 'Cohorts',
  'report.block.churn': 'Churn and growth',
  'report.block.ltv': 'Simple lifetime value',
  'report.block.pareto': 'Concentration of revenue',
  'report.block.valueRisk': 'Value × risk and the playbook',
  'report.block.fit': 'Predictive model',
  'report.block.scenario': 'Retention scenario',
  'report.block.contacts': 'Contact plan',
  'report.block.appendix': 'Definitions',
  'report.facts.period': 'Period',
  'report.facts.periodValue': '{first} – {last}',
  'report.cohorts.settings': '{metric} by {grain} of first purchase; a customer counts {mode}.',
  'report.cohorts.mode.classic': 'in period k',
  'report.cohorts.mode.rolling': 'in period k or later',
  'report.churn.settings': 'By {grain}; a customer is lost after {days} days without a purchase.',
  'report.churn.settingsContract': 'By {grain}; a customer is lost when the contract ends.',
  'report.churn.latest':
    'Last complete period ({period}): churn rate {rate}, {active} active customers at its end.',
  'report.churn.mean': 'Mean churn rate over the complete periods: {rate}.',
  'report.growth.latest':
    'Growth accounting in {period}: {new} new, {retained} retained, {resurrected} resurrected, {lost} lost; quick ratio {ratio}.',
  'report.ltv.settings':
    'By {grain}; margin {margin}; discount rate {discount} per period; the last {periods} complete periods.',
  'report.ltv.marginCost': 'from the cost column',
  'report.pareto.summary':
    'The top {top} of customers hold {share} of the {measure}; Gini coefficient {gini}.',
  'report.model.settings':
    'BG/NBD and Gamma-Gamma in {units}; horizon {horizon}; discount rate {discount} per {unit}; margin {margin}.',
  'report.scenario.pick': 'Scenario in the report',
  'report.scenario.none': 'None',
  'report.scenario.noneSaved': 'No saved scenario yet: save one on the Retention spend screen.',
  'report.scenario.settings':
    '“{name}”: segments by {segmentation}, horizon {horizon} {unit}, budget {budget}.',
  'report.scenario.noBudget': 'not set',
  'report.scenario.unreadable': 'The saved scenario cannot be read: {reason}',
  'report.scenario.col.segment': 'Segment',
  'report.scenario.col.customers': 'Customers',
  'report.scenario.col.channel': 'Channel',
  'report.scenario.col.spend': 'Spend per customer',
  'report.plan.none':
    'No contact plan yet: open the Contact plan screen to make one, or switch this block off.',
  'report.plan.summary':
    '{contacts} contacts planned over {days} days from {from}, {lead} days before the expected purchase; {capacity}.',
  'report.plan.capacity': 'at most {count} a day',
  'report.plan.noCapacity': 'no daily limit',
  'report.appendix.intro': 'What each figure in this report means, in plain words.',
  'report.term.period': 'Period',
  'report.def.period':
    'From the first to the last transaction date in the data. Dates are calendar days; weeks run Monday to Sunday.',
  'report.term.customers': 'Customers',
  'report.def.customers': 'Distinct customer ids with at least one transaction.',
  'report.term.transactions': 'Transactions',
  'report.def.transactions': 'Rows of the file that were accepted; refunds count as rows too.',
  'report.term.revenue': 'Revenue',
  'report.def.revenue': 'The sum of all amounts, refunds (negative amounts) included.',
  'report.term.rejected': 'Rejected rows',
  'report.def.rejected':
    'Rows left out at import because a customer id, a date or an amount could not be read.',
  'report.term.cohort': 'Cohort and retention',
  'report.def.cohort':
    'A customer’s cohort is the period of their first purchase. Retention in period k is the share of the cohort that bought k periods later.',
  'report.term.churn': 'Churn rate',
  'report.def.churn':
    'Customers lost in a period divided by the customers active at its start. A customer is active while their last purchase is less than the inactivity window ago.',
  'report.term.growth': 'Growth accounting and quick ratio',
  'report.def.growth':
    'Buyers of a period split into new (first purchase), retained (also bought the period before), resurrected (came back after a gap) and lost (bought the period before, not now). Quick ratio = (new + resurrected) / lost; above 1 the base grows.',
  'report.term.ampu': 'Margin per active customer (AMPU)',
  'report.def.ampu':
    'The margin earned per customer active in a period, pooled over the last complete periods.',
  'report.term.ltv': 'Simple lifetime value',
  'report.def.ltv':
    'LTV = AMPU / churn rate: what a customer brings over their whole life if margin and churn stay as they are. The discounted LTV = AMPU · (1 + d) / (1 + d − r), with discount rate d and retention r per period.',
  'report.term.cac': 'LTV / CAC',
  'report.def.cac':
    'Lifetime value divided by the mean acquisition cost of the customers whose cost is known. Below 1, a customer costs more to win than they bring.',
  'report.term.pareto': 'Pareto curve and Gini coefficient',
  'report.def.pareto':
    'Customers sorted by what they brought: the curve shows the share of revenue held by the top x % of them. Gini is 0 when everybody brings the same and close to 1 when a few bring everything.',
  'report.term.model': 'BG/NBD and Gamma-Gamma',
  'report.def.model':
    'Statistical models of repeat buying: BG/NBD predicts how often a customer buys and whether they are still a customer; Gamma-Gamma predicts how much they spend per purchase.',
  'report.term.pAlive': 'P(alive)',
  'report.def.pAlive':
    'The probability that a customer still buys from you, given how often and how recently they bought.',
  'report.term.clv': 'Predicted customer lifetime value (CLV)',
  'report.def.clv':
    'Expected purchases over the horizon times the expected value per purchase, times the margin, discounted per period.',
  'report.term.valueRisk': 'Value × risk grid and playbook',
  'report.def.valueRisk':
    'Value tier by thirds of predicted CLV; risk tier by the probability of no purchase within the horizon (low below 50 %, high above 80 %). The playbook: a minimal contact for low value or low risk, personal offers for high value at high risk, targeted low-cost offers for the rest, and a win-back program for valuable customers already lost.',
  'report.term.scenario': 'Retention scenario',
  'report.def.scenario':
    'Spend per customer through a channel reduces churn with diminishing returns. Value saved = customers saved × their value; net = value saved − cost; ROI = net / cost. The channel figures are assumptions until replaced by a measured campaign.',
  'report.term.plan': 'Contact plan',
  'report.def.plan':
    'Each customer is contacted a few days before their next expected purchase, from the median gap between their purchases. Customers long past it are lapsed (win-back), customers with one purchase have no rhythm yet.',
} as const;

// t() knows these keys; the bundle (./index.ts) registers them when the screen loads.
type English = typeof en;
declare module '../../../ui/i18n/index.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Messages extends English {}
}
