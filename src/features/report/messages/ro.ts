/** Romanian messages (keys and placeholders: ./en.ts). */
import type { Translation } from '../../../ui/i18n/index.ts';
import type { en } from './en.ts';

export const ro = {
  'report.heading': 'Raport pentru client',
  'report.intro':
    'Un singur document pentru client, construit din setul de date deschis cu setările alese ultima dată pe fiecare ecran. Dezactivați ce nu vă trebuie, apoi tipăriți-l sau salvați-l ca PDF.',
  'report.controls': 'Setările raportului',
  'report.field.title': 'Titlu',
  'report.field.client': 'Client',
  'report.field.summary': 'Rezumat',
  'report.field.summaryHint': 'Concluziile dvs. în câteva fraze; ele deschid raportul.',
  'report.blocks': 'Secțiuni',
  'report.print': 'Tipărire sau salvare ca PDF',
  'report.printHint':
    'Pentru un fișier alegeți imprimanta „Salvare ca PDF”. Se potrivesc atât A4, cât și Letter; graficele rămân clare.',
  'report.defaultTitle': 'Analiza clienților',
  'report.preparedFor': 'Pregătit pentru {client}',
  'report.datasetLine': 'Setul de date „{name}” · pregătit la {date}',
  'report.progress': 'Se calculează raportul: {done} din {total} secțiuni gata…',
  'report.computing': 'Se calculează…',
  'report.failed': 'Această secțiune nu a putut fi calculată: {reason}',
  'report.empty.title': 'Niciun set de date deschis',
  'report.empty.body':
    'Un raport adună cifrele unui singur set de date. Importați tranzacțiile clienților sau încercați datele exemplu pe ecranul „Seturi de date”, apoi reveniți aici.',
  'report.empty.data': 'La seturile de date',
  'report.empty.import': 'Importați un fișier',
  'report.block.facts': 'Setul de date',
  'report.block.cohorts': 'Cohorte',
  'report.block.churn': 'Pierdere și creștere',
  'report.block.ltv': 'Valoarea simplă pe durata relației',
  'report.block.pareto': 'Concentrarea veniturilor',
  'report.block.valueRisk': 'Valoare × risc și planul de acțiune',
  'report.block.fit': 'Modelul predictiv',
  'report.block.scenario': 'Scenariu de retenție',
  'report.block.contacts': 'Plan de contacte',
  'report.block.appendix': 'Definiții',
  'report.facts.period': 'Perioadă',
  'report.facts.periodValue': '{first} – {last}',
  'report.cohorts.settings':
    '{metric} după perioada primei cumpărări (perioadă: {grain}); un client contează {mode}.',
  'report.cohorts.mode.classic': 'în perioada k',
  'report.cohorts.mode.rolling': 'în perioada k sau mai târziu',
  'report.churn.settings':
    'Perioadă: {grain}; un client e pierdut după {days} zile fără cumpărare.',
  'report.churn.settingsContract':
    'Perioadă: {grain}; un client e pierdut când îi expiră contractul.',
  'report.churn.latest':
    'Ultima perioadă completă ({period}): rata de pierdere {rate}, {active} clienți activi la sfârșitul ei.',
  'report.churn.mean': 'Rata medie de pierdere în perioadele complete: {rate}.',
  'report.growth.latest':
    'Contabilitatea creșterii în {period}: {new} noi, {retained} păstrați, {resurrected} reveniți, {lost} pierduți; quick ratio {ratio}.',
  'report.ltv.settings':
    'Perioadă: {grain}; marjă {margin}; rată de actualizare {discount} pe perioadă; ultimele {periods} perioade complete.',
  'report.ltv.marginCost': 'din coloana de cost',
  'report.pareto.summary':
    'Primii {top} dintre clienți aduc {share} din „{measure}”; coeficientul Gini {gini}.',
  'report.model.settings':
    'BG/NBD și Gamma-Gamma; unitate de timp — {unit}; orizont {horizon} {units}; rată de actualizare {discount} pe perioadă; marjă {margin}.',
  'report.scenario.pick': 'Scenariul din raport',
  'report.scenario.none': 'Niciunul',
  'report.scenario.noneSaved':
    'Niciun scenariu salvat încă: salvați unul pe ecranul „Cheltuieli de retenție”.',
  'report.scenario.settings':
    '„{name}”: segmente după {segmentation}, orizont {horizon} {unit}, buget {budget}.',
  'report.scenario.noBudget': 'nestabilit',
  'report.scenario.unreadable': 'Scenariul salvat nu poate fi citit: {reason}',
  'report.scenario.col.segment': 'Segment',
  'report.scenario.col.customers': 'Clienți',
  'report.scenario.col.channel': 'Canal',
  'report.scenario.col.spend': 'Cheltuială per client',
  'report.plan.none':
    'Niciun plan de contacte încă: deschideți ecranul „Plan de contacte” ca să-l faceți sau dezactivați această secțiune.',
  'report.plan.summary':
    '{contacts} contacte planificate pe {days} zile de la {from}, cu {lead} zile înainte de cumpărarea așteptată; {capacity}.',
  'report.plan.capacity': 'cel mult {count} pe zi',
  'report.plan.noCapacity': 'fără limită zilnică',
  'report.appendix.intro': 'Ce înseamnă fiecare cifră din raport, pe înțelesul tuturor.',
  'report.term.period': 'Perioadă',
  'report.def.period':
    'De la prima la ultima dată de tranzacție din date. Datele sunt zile calendaristice; săptămânile țin de luni până duminică.',
  'report.term.customers': 'Clienți',
  'report.def.customers': 'Identificatori distincți de clienți cu cel puțin o tranzacție.',
  'report.term.transactions': 'Tranzacții',
  'report.def.transactions': 'Rândurile acceptate din fișier; și rambursările contează ca rânduri.',
  'report.term.revenue': 'Venituri',
  'report.def.revenue': 'Suma tuturor sumelor, inclusiv rambursările (sume negative).',
  'report.term.rejected': 'Rânduri respinse',
  'report.def.rejected':
    'Rânduri lăsate deoparte la import pentru că identificatorul clientului, data sau suma nu au putut fi citite.',
  'report.term.cohort': 'Cohortă și retenție',
  'report.def.cohort':
    'Cohorta unui client este perioada primei sale cumpărări. Retenția în perioada k este partea din cohortă care a cumpărat k perioade mai târziu.',
  'report.term.churn': 'Rata de pierdere',
  'report.def.churn':
    'Clienții pierduți într-o perioadă împărțiți la clienții activi la începutul ei. Un client e activ cât timp ultima sa cumpărare e mai recentă decât fereastra de inactivitate.',
  'report.term.growth': 'Contabilitatea creșterii și quick ratio',
  'report.def.growth':
    'Cumpărătorii unei perioade se împart în noi (prima cumpărare), păstrați (au cumpărat și în perioada anterioară), reveniți (s-au întors după o pauză) și pierduți (au cumpărat în perioada anterioară, nu și acum). Quick ratio = (noi + reveniți) / pierduți; peste 1 baza crește.',
  'report.term.ampu': 'Marja per client activ (AMPU)',
  'report.def.ampu':
    'Marja câștigată per client activ într-o perioadă, cumulată pe ultimele perioade complete.',
  'report.term.ltv': 'Valoarea simplă pe durata relației',
  'report.def.ltv':
    'LTV = AMPU / rata de pierdere: cât aduce un client pe toată durata relației dacă marja și pierderea rămân la fel. LTV actualizată = AMPU · (1 + d) / (1 + d − r), cu rata de actualizare d și retenția r pe perioadă.',
  'report.term.cac': 'LTV / CAC',
  'report.def.cac':
    'Valoarea pe durata relației împărțită la costul mediu de achiziție al clienților la care acesta e cunoscut. Sub 1, un client costă mai mult decât aduce.',
  'report.term.pareto': 'Curba Pareto și coeficientul Gini',
  'report.def.pareto':
    'Clienții ordonați după cât au adus: curba arată partea din venituri a primilor x % dintre ei. Gini este 0 când toți aduc la fel și aproape de 1 când câțiva aduc aproape totul.',
  'report.term.model': 'BG/NBD și Gamma-Gamma',
  'report.def.model':
    'Modele statistice ale cumpărărilor repetate: BG/NBD prezice cât de des cumpără un client și dacă mai este client; Gamma-Gamma prezice cât cheltuie la o cumpărare.',
  'report.term.pAlive': 'P(alive)',
  'report.def.pAlive':
    'Probabilitatea ca un client să mai cumpere de la dvs., după cât de des și cât de recent a cumpărat.',
  'report.term.clv': 'Valoarea prezisă pe durata relației (CLV)',
  'report.def.clv':
    'Cumpărările așteptate în orizont înmulțite cu valoarea așteptată a unei cumpărări și cu marja, actualizate pe perioadă.',
  'report.term.valueRisk': 'Grila valoare × risc și planul de acțiune',
  'report.def.valueRisk':
    'Nivelul de valoare după treimile CLV prezise; nivelul de risc după probabilitatea de a nu cumpăra în orizont (scăzut sub 50 %, ridicat peste 80 %). Planul: un contact minim pentru valoare scăzută sau risc scăzut, oferte personale pentru valoare mare cu risc ridicat, oferte țintite ieftine pentru ceilalți și un program de recâștigare pentru clienții valoroși deja pierduți.',
  'report.term.scenario': 'Scenariu de retenție',
  'report.def.scenario':
    'Cheltuiala per client printr-un canal reduce pierderea cu randament descrescător. Valoare salvată = clienți salvați × valoarea lor; net = valoare salvată − cost; ROI = net / cost. Cifrele canalelor sunt ipoteze până când le înlocuiește o campanie măsurată.',
  'report.term.plan': 'Plan de contacte',
  'report.def.plan':
    'Fiecare client este contactat cu câteva zile înaintea următoarei cumpărări așteptate, după intervalul median dintre cumpărările sale. Clienții care au depășit de mult acest termen sunt pierduți (recâștigare), iar cei cu o singură cumpărare nu au încă un ritm.',
} satisfies Translation<typeof en, 'ro'>;
