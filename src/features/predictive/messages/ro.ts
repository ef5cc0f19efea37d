/** Romanian messages (keys and placeholders: ./en.ts). */
import type { Translation } from '../../../ui/i18n/index.ts';
import type { en } from './en.ts';

export const ro = {
  'predictive.title': 'Valoarea predictivă pe durata de viață',
  'predictive.intro':
    'BG/NBD prezice câte achiziții va face fiecare client și dacă mai este client (P(alive)); Gamma-Gamma prezice cât valorează fiecare achiziție. Împreună, ele dau valoarea actualizată pe durata de viață (CLV) a fiecărui client pe orizontul ales și riscul de abandon care decide unde se duc banii pentru retenție.',
  'predictive.controls': 'Setările modelului',
  'predictive.loading': 'Se ajustează modelele…',
  'predictive.error': 'Modelele nu au putut fi ajustate: {reason}',
  'predictive.unit': 'Unitate de timp',
  'predictive.unitSummary': 'Unitatea de timp pentru recența și T din fișier',
  'predictive.unit.week': 'săptămână',
  'predictive.unit.day': 'zi',
  'predictive.unit.weeks': 'săptămâni',
  'predictive.unit.days': 'zile',
  'predictive.end': 'Sfârșitul observației (ultima zi luată în calcul)',
  'predictive.horizon': 'Orizont ({unit})',
  'predictive.margin': 'Marjă (% din venituri)',
  'predictive.discount': 'Rata de actualizare pe {unit} (%)',
  'predictive.discountYearly': '≈ {rate} % pe an',
  'predictive.fit.title': 'Modele ajustate',
  'predictive.fit.bgnbd': 'BG/NBD — cât de des și pentru cât timp',
  'predictive.fit.gammaGamma': 'Gamma-Gamma — cât per achiziție',
  'predictive.fit.converged': 'A convers',
  'predictive.fit.notConverged': 'Nu a convers: tratați cifrele cu precauție',
  'predictive.fit.loglik': 'log-verosimilitate {value}',
  'predictive.fit.customers': 'Clienți: {count}',
  'predictive.fit.repeatCustomers': 'Clienți recurenți: {count}',
  'predictive.fit.rAlpha':
    'r și α: cât diferă ratele de achiziție între clienți (parametrul de formă Gamma r, rata α pe {unit}). Un r mic înseamnă că puțini clienți cumpără mult mai des decât restul. Un client activ tipic cumpără de aproximativ {rate} ori pe {unit}.',
  'predictive.fit.ab':
    'a și b: cum renunță clienții. După fiecare achiziție, un client pleacă cu o probabilitate extrasă din Beta(a, b); în medie {dropout}.',
  'predictive.fit.pqg':
    'p, q și γ: cheltuieli. p determină cât variază achizițiile unui client; q și γ cât diferă cheltuiala medie între clienți. Cheltuiala medie per achiziție la nivelul tuturor clienților: {mean}.',
  'predictive.fit.warning': 'Verificați modelul de cheltuieli: {reason}.',
  'predictive.fit.noSpend':
    'Nu există model de cheltuieli, deci nici valoare pe durata de viață în bani: {reason}. Achizițiile și P(alive) sunt în continuare prezise. Pentru aceasta, un fișier rezumat are nevoie de o coloană cu valoarea monetară (zbar).',
  'predictive.totals.customers': 'Clienți',
  'predictive.totals.expected': 'Achiziții așteptate pe orizontul de {horizon} (unitate: {unit})',
  'predictive.totals.clv': 'CLV totală prezisă',
  'predictive.totals.alive': 'P(alive) medie',
  'predictive.totals.revenue': 'Venituri până acum, pentru comparație: {revenue}.',
  'predictive.headline.title': 'Următoarele {horizon} pe scurt',
  'predictive.headline.expected': 'Cumpărări așteptate',
  'predictive.headline.highRisk': 'Clienți cu risc ridicat',
  'predictive.headline.highRiskClv': 'cu CLV de {clv}',
  'predictive.headline.aliveRepeat': 'Cumpărători repetați încă activi (P(alive) medie)',
  'predictive.headline.aliveAll': 'toți clienții: {alive}',
  'predictive.headline.revenue': 'Venituri până acum',
  'predictive.headline.aliveNote':
    'P(alive) este probabilitatea ca un client să mai cumpere de la voi. Au cumpărat de mai multe ori {repeat} clienți. Pentru cei {oneTime} care au cumpărat o singură dată, modelul nu poate spune încă dacă au plecat, așa că îi consideră activi 100 %: asta ridică media pe toți clienții.',
  'predictive.details.title': 'Detaliile modelului',
  'predictive.details.intro':
    'Parametrii estimați, cât de bine se potrivește modelul cu datele și o verificare pe o perioadă păstrată deoparte.',
  'predictive.col.repeat': 'Achiziții repetate',
  'predictive.col.revenue': 'Venituri până acum',
  'predictive.col.pAlive': 'P(alive)',
  'predictive.col.expected': 'Achiziții așteptate',
  'predictive.col.value': 'Valoare per achiziție',
  'predictive.col.clv': 'CLV',
  'predictive.tier.low': 'scăzut',
  'predictive.tier.mid': 'mediu',
  'predictive.tier.high': 'ridicat',
  'predictive.grid.title': 'Valoare × risc: unde se duc banii pentru retenție',
  'predictive.grid.rules':
    'Valoare: CLV prezisă, împărțită în treimi (scăzută ≤ {low} < medie ≤ {mid} < ridicată). Risc: probabilitatea de a nu face nicio achiziție în următoarele {horizon} — scăzut sub {riskMid}, mediu {riskMid}–{riskHigh}, ridicat peste {riskHigh}. Alegeți o celulă pentru a-i lista clienții.',
  'predictive.grid.risk': 'Risc {tier}',
  'predictive.grid.value': 'Nivel de valoare {tier}',
  'predictive.grid.clv': 'CLV {clv}',
  'predictive.grid.cellLabel':
    'Nivel de valoare {value}, risc {risk}: clienți: {customers}, CLV {clv}. {playbook}. Afișați clienții.',
  'predictive.grid.listTitle': 'Clienți cu nivel de valoare {value} și risc {risk}',
  'predictive.grid.winBack':
    'clienți a căror P(alive) este sub {pAlive}, dar ale căror venituri de până acum sunt în treimea superioară (peste {revenue}); împreună {total} până acum.',
  'predictive.grid.needsSpend':
    'Grila valoare × risc are nevoie de valori prezise în bani, iar modelul de cheltuieli nu a putut fi ajustat.',
  'predictive.playbook.minimal.title': 'Cheltuieli minime',
  'predictive.playbook.minimal.text':
    'Recompense mici și un mesaj de marketing împreună cu factura lunară; alte stimulente doar din când în când.',
  'predictive.playbook.targeted.title': 'Oferte țintite',
  'predictive.playbook.targeted.text':
    'Oferte prin canalele preferate de fiecare client, cu costuri reduse (e-mail, mesaje împreună cu factura); urmăriți trecerea către risc ridicat.',
  'predictive.playbook.personal.title': 'Oferte personalizate',
  'predictive.playbook.personal.text':
    'Oferte personalizate prin mai multe canale, inclusiv costisitoare — corespondență directă și telefon: „Vă prețuim și vom egala orice ofertă concurentă.”',
  'predictive.playbook.winBack.title': 'Program de recâștigare',
  'predictive.playbook.winBack.text':
    'Clienți valoroși deja pierduți: un program dedicat de recâștigare pentru a reface rapid relația.',
  'predictive.hist.title': 'Distribuția CLV prezise pe {horizon}',
  'predictive.hist.x': 'CLV prezisă (intervalele cresc în pași 1–2–5)',
  'predictive.hist.y': 'Clienți',
  'predictive.hist.from': 'CLV de la',
  'predictive.hist.to': 'CLV sub',
  'predictive.top.title': 'Clienții de top după CLV prezisă ({count})',
  'predictive.top.intro': 'Achiziții așteptate și CLV în următoarele {horizon}.',
  'predictive.diag.title': 'Verificarea ajustării: achiziții repetate, reale vs. model',
  'predictive.diag.x': 'Achiziții repetate în perioada de observație',
  'predictive.diag.y': 'Clienți',
  'predictive.diag.actual': 'Real',
  'predictive.diag.model': 'Așteptat BG/NBD',
  'predictive.matrix.title': 'P(alive) după frecvență și timpul de la ultima achiziție',
  'predictive.matrix.label':
    'Hartă termică a P(alive) medii după achizițiile repetate și timpul de la ultima achiziție. Folosiți tastele săgeți pentru a vă deplasa între celule.',
  'predictive.matrix.xAxis': 'Timp de la ultima achiziție ({unit})',
  'predictive.matrix.yAxis': 'Achiziții repetate',
  'predictive.matrix.cell':
    'Achiziții repetate: {frequency}, ultima achiziție acum {since} {unit}: P(alive) medie {pAlive}, clienți: {customers}',
  'predictive.matrix.note':
    'Clienții fără achiziții repetate nu au avut încă ocazia să renunțe în BG/NBD, așa că P(alive) a lor este 100 %.',
  'predictive.holdout.title': 'Calibrare și perioadă de control: prezice modelul viitorul?',
  'predictive.holdout.intro':
    'Ajustat pe achizițiile până la {split}, apoi pus să prezică următoarele {duration} {unit} până la {end}. Bare: achizițiile medii per client în perioada de control, după achizițiile repetate din perioada de calibrare.',
  'predictive.holdout.loading': 'Se verifică modelul pe o perioadă de control…',
  'predictive.holdout.error': 'Verificarea pe perioada de control a eșuat: {reason}',
  'predictive.holdout.split': 'Sfârșitul calibrării',
  'predictive.holdout.actual': 'Real',
  'predictive.holdout.predicted': 'Prezis',
  'predictive.holdout.totalActual': 'Achiziții în perioada de control, reale',
  'predictive.holdout.totalPredicted': 'Prezise',
  'predictive.holdout.mae': 'Eroarea absolută medie per client',
  'predictive.holdout.correlation': 'Corelație',
  'predictive.holdout.xAxis': 'Achiziții repetate în perioada de calibrare',
  'predictive.holdout.yAxis': 'Achiziții per client',
  'predictive.holdout.summaryOnly':
    'Verificarea pe o perioadă de control necesită tranzacțiile; acest set de date este un rezumat per client.',
} satisfies Translation<typeof en, 'ro'>;
