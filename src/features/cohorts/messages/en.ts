/** English messages of the Cohorts screen; ru.ts, bg.ts and ro.ts beside translate every key. */
export const en = {
  'cohorts.title': 'Cohorts',
  'cohorts.intro':
    'Customers grouped by the period of their first purchase (the cohort), followed over the periods after it: k = 0 is the first period, k = 1 the next one, and so on.',
  'cohorts.controls': 'Cohort settings',
  'cohorts.metric': 'Measure',
  'cohorts.metric.customers': 'Customers',
  'cohorts.metric.revenue': 'Revenue',
  'cohorts.metric.revenuePerCustomer': 'Revenue per customer',
  'cohorts.metric.cumulativeRevenuePerCustomer': 'Cumulative revenue per customer',
  'cohorts.mode': 'Count a customer',
  'cohorts.mode.classic': 'In period k (classic)',
  'cohorts.mode.rolling': 'In k or later (rolling)',
  'cohorts.rollingDisabled':
    'Rolling does not apply to cumulative revenue: it already adds up every period up to k.',
  'cohorts.scale': 'Show',
  'cohorts.scale.percent': 'Percent',
  'cohorts.scale.absolute': 'Absolute',
  'cohorts.percentHint.customers': 'Percent of the cohort’s size.',
  'cohorts.percentHint.revenue': 'Percent of the cohort’s value at k = 0.',
  'cohorts.split': 'Split by',
  'cohorts.split.none': 'No split',
  'cohorts.split.acquisitionChannel': 'Acquisition channel',
  'cohorts.split.segment': 'Segment',
  'cohorts.split.plan': 'Plan',
  'cohorts.split.firstChannel': 'Channel of first purchase',
  'cohorts.split.firstProduct': 'Product of first purchase',
  'cohorts.minSize': 'Fade cohorts under (customers)',
  'cohorts.minSizeHint':
    'Cohorts with fewer customers are faded: a few customers make their shares jump.',
  'cohorts.smallCohort': 'Small cohort ({size} customers): read with care.',
  'cohorts.smallShort': 'small cohort',
  'cohorts.smallNote':
    'Faded rows: cohorts under {min} customers (size in orange) — too few for their percentages to mean much.',
  'cohorts.smallCurves.one':
    'Faint dashed line: {count} cohort under {min} customers, left out of lowest and highest.',
  'cohorts.smallCurves.other':
    'Faint dashed lines: {count} cohorts under {min} customers, left out of lowest and highest.',
  'cohorts.heatmap': 'Cohort matrix',
  'cohorts.heatmapLabel':
    'Cohort heat map, {rows} rows by {columns} periods. Arrow keys move between cells, Enter lists the customers of a cell.',
  'cohorts.heatmapHelp':
    'Click a cell, or focus the map and use the arrow keys and Enter, to list its customers.',
  'cohorts.incompleteNote':
    'Hatched cells: the period is not over yet (the data ends on {date}), so they will still grow.',
  'cohorts.curves': 'Retention curves',
  'cohorts.curvesLabel':
    'Line chart of {rows} cohort curves over k, with the weighted mean curve emphasised. Arrow keys move between periods.',
  'cohorts.curvesRole': 'line chart',
  'cohorts.range': 'lowest {low}, highest {high}',
  'cohorts.lowest': 'Lowest',
  'cohorts.highest': 'Highest',
  'cohorts.curvesNote':
    'Thin lines: one per cohort. Thick line: the weighted mean. Periods not yet over are left out.',
  'cohorts.curvesFromOne':
    'k = 0 (the first period, the whole cohort) is left out so that the curves after it can be read.',
  'cohorts.cohort': 'Cohort',
  'cohorts.group': 'Group',
  'cohorts.size': 'Size',
  'cohorts.k': 'k',
  'cohorts.kLabel': 'k = {k}',
  'cohorts.period': 'Period',
  'cohorts.value': 'Value',
  'cohorts.mean': 'Weighted mean',
  'cohorts.meanPerCohort': 'Mean per cohort',
  'cohorts.incomplete': 'Period not over yet',
  'cohorts.axisK': 'Periods since the first purchase (k)',
  'cohorts.axisCohort': 'Cohort (first purchase)',
  'cohorts.cellTitle': 'Cohort {cohort}, k = {k} ({period})',
  'cohorts.cellRevenueNote':
    'The customers of this cohort who bought in this period; the cell shows their {metric}.',
  'cohorts.cellLoading': 'Listing the customers…',
  'cohorts.loading': 'Computing the cohort matrix…',
  'cohorts.empty': 'This data set has no transactions to group into cohorts.',
  'cohorts.error': 'The cohorts could not be computed: {reason}',
} as const;

// t() knows these keys; the bundle (./index.ts) registers them when the screen loads.
type English = typeof en;
declare module '../../../ui/i18n/index.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Messages extends English {}
}
