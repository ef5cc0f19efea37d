/** Romanian messages (keys and placeholders: ./en.ts). */
import type { Translation } from '../../../ui/i18n/index.ts';
import type { en } from './en.ts';

export const ro = {
  'cohorts.title': 'Cohorte',
  'cohorts.intro':
    'Clienții grupați după perioada primei achiziții (cohorta), urmăriți în perioadele de după: k = 0 este prima perioadă, k = 1 următoarea și așa mai departe.',
  'cohorts.controls': 'Setările cohortelor',
  'cohorts.metric': 'Măsură',
  'cohorts.metric.customers': 'Clienți',
  'cohorts.metric.revenue': 'Venituri',
  'cohorts.metric.revenuePerCustomer': 'Venituri per client',
  'cohorts.metric.cumulativeRevenuePerCustomer': 'Venituri cumulate per client',
  'cohorts.mode': 'Numărarea unui client',
  'cohorts.mode.classic': 'În perioada k (clasic)',
  'cohorts.mode.rolling': 'În k sau mai târziu (glisant)',
  'cohorts.rollingDisabled':
    'Modul glisant nu se aplică veniturilor cumulate: acestea însumează deja toate perioadele până la k.',
  'cohorts.scale': 'Afișare',
  'cohorts.scale.percent': 'Procent',
  'cohorts.scale.absolute': 'Absolut',
  'cohorts.percentHint.customers': 'Procent din mărimea cohortei.',
  'cohorts.percentHint.revenue': 'Procent din valoarea cohortei la k = 0.',
  'cohorts.split': 'Împărțire după',
  'cohorts.split.none': 'Fără împărțire',
  'cohorts.split.acquisitionChannel': 'Canal de achiziție',
  'cohorts.split.segment': 'Segment',
  'cohorts.split.plan': 'Plan',
  'cohorts.split.firstChannel': 'Canalul primei achiziții',
  'cohorts.split.firstProduct': 'Produsul primei achiziții',
  'cohorts.minSize': 'Estompează cohortele sub (clienți)',
  'cohorts.minSizeHint':
    'Cohortele cu mai puțini clienți sunt estompate: la puțini clienți procentele sar mult.',
  'cohorts.smallCohort': 'Cohortă mică ({size} clienți): citiți cu prudență.',
  'cohorts.smallShort': 'cohortă mică',
  'cohorts.smallNote':
    'Rânduri estompate: cohorte sub {min} clienți (mărimea cu portocaliu) — prea puțini pentru ca procentele lor să spună mult.',
  'cohorts.smallCurves.one':
    'Linie punctată estompată: {count} cohortă sub {min} clienți, lăsată în afara celei mai mici și celei mai mari valori.',
  'cohorts.smallCurves.few':
    'Linii punctate estompate: {count} cohorte sub {min} clienți, lăsate în afara celei mai mici și celei mai mari valori.',
  'cohorts.smallCurves.other':
    'Linii punctate estompate: {count} de cohorte sub {min} clienți, lăsate în afara celei mai mici și celei mai mari valori.',
  'cohorts.heatmap': 'Matricea cohortelor',
  'cohorts.heatmapLabel':
    'Hartă termică a cohortelor: rânduri {rows}, perioade {columns}. Tastele săgeți mută între celule, Enter listează clienții unei celule.',
  'cohorts.heatmapHelp':
    'Faceți clic pe o celulă sau focalizați harta și folosiți tastele săgeți și Enter pentru a-i lista clienții.',
  'cohorts.incompleteNote':
    'Celule hașurate: perioada nu s-a încheiat încă (datele se termină la {date}), deci valorile vor mai crește.',
  'cohorts.curves': 'Curbe de retenție',
  'cohorts.curvesLabel':
    'Grafic liniar al curbelor cohortelor ({rows}) după k, cu media ponderată evidențiată. Tastele săgeți mută între perioade.',
  'cohorts.curvesRole': 'grafic liniar',
  'cohorts.range': 'minim {low}, maxim {high}',
  'cohorts.lowest': 'Minim',
  'cohorts.highest': 'Maxim',
  'cohorts.curvesNote':
    'Linii subțiri: câte una pentru fiecare cohortă. Linia groasă: media ponderată. Perioadele neîncheiate sunt omise.',
  'cohorts.curvesFromOne':
    'k = 0 (prima perioadă, întreaga cohortă) este omis pentru ca, după el, curbele să poată fi citite.',
  'cohorts.cohort': 'Cohortă',
  'cohorts.group': 'Grup',
  'cohorts.size': 'Mărime',
  'cohorts.k': 'k',
  'cohorts.kLabel': 'k = {k}',
  'cohorts.period': 'Perioadă',
  'cohorts.value': 'Valoare',
  'cohorts.mean': 'Media ponderată',
  'cohorts.meanPerCohort': 'Media per cohortă',
  'cohorts.incomplete': 'Perioada nu s-a încheiat încă',
  'cohorts.axisK': 'Perioade de la prima achiziție (k)',
  'cohorts.axisCohort': 'Cohortă (prima achiziție)',
  'cohorts.cellTitle': 'Cohorta {cohort}, k = {k} ({period})',
  'cohorts.cellRevenueNote':
    'Clienții acestei cohorte care au cumpărat în această perioadă; celula arată măsura „{metric}” pentru ei.',
  'cohorts.cellLoading': 'Se listează clienții…',
  'cohorts.loading': 'Se calculează matricea cohortelor…',
  'cohorts.empty': 'Acest set de date nu are tranzacții de grupat în cohorte.',
  'cohorts.error': 'Cohortele nu au putut fi calculate: {reason}',
} satisfies Translation<typeof en, 'ro'>;
