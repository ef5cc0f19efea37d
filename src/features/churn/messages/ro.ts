/** Romanian messages (keys and placeholders: ./en.ts). */
import type { Translation } from '../../../ui/i18n/index.ts';
import type { en } from './en.ts';

export const ro = {
  'churn.title': 'Abandon (churn)',
  'churn.intro':
    'Cine rămâne, cine pleacă și cine revine, perioadă cu perioadă. Aici clienții nu reziliază: un client care nu mai cumpără mai mult decât fereastra de inactivitate este considerat pierdut.',
  'churn.controls': 'Setările abandonului',
  'churn.window': 'Fereastra de inactivitate W (zile)',
  'churn.windowSlider': 'Fereastra de inactivitate W, glisor',
  'churn.days': '{days} zile',
  'churn.windowReason': 'W sugerat = {days} zile: {reason}.',
  'churn.windowReset': 'Folosiți valoarea sugerată de {days} zile',
  'churn.windowInvalid': 'Introduceți un număr întreg de zile între 1 și {max}.',
  'churn.mode': 'Activ înseamnă',
  'churn.mode.activity': 'a cumpărat în fereastra de W zile',
  'churn.mode.contract': 'are contract în vigoare (fișierul de clienți)',
  'churn.definition.contract':
    'Un client este activ de la înregistrare până la încheierea contractului și este pierdut în perioada în care contractul se încheie. Rata de abandon a unei perioade este numărul clienților pierduți în acea perioadă împărțit la clienții cu contract în vigoare la sfârșitul perioadei precedente.',
  'churn.definition':
    'Activ într-o zi d: cel puțin o achiziție în cele {days} zile care se încheie în ziua d. Pierdut într-o perioadă: activ la sfârșitul perioadei anterioare, inactiv la sfârșitul acesteia. Rata de abandon a unei perioade = clienți pierduți în cursul ei ÷ clienți activi la sfârșitul perioadei anterioare.',
  'churn.growthDefinition':
    'Contabilitatea creșterii folosește „a cumpărat în perioadă” în locul ferestrei: noi = prima achiziție; păstrați = au cumpărat în această perioadă și în cea anterioară; reveniți = cumpără acum, nu au cumpărat în perioada anterioară, dar au cumpărat înainte; pierduți = au cumpărat în perioada anterioară, dar nu și în aceasta. Raportul de creștere (quick ratio) = (noi + reveniți) ÷ pierduți: peste 1, baza de clienți crește.',
  'churn.rateChart': 'Rata de abandon pe perioadă',
  'churn.rateLabel':
    'Grafic liniar al ratei de abandon pe perioade ({count}). Tastele săgeți mută între perioade; Enter listează clienții pierduți în perioadă.',
  'churn.activeChart': 'Clienți activi la sfârșitul fiecărei perioade',
  'churn.activeLabel':
    'Grafic liniar al clienților activi pe perioade ({count}). Tastele săgeți mută între perioade; Enter listează clienții activi la sfârșitul perioadei.',
  'churn.growthChart': 'Contabilitatea creșterii',
  'churn.growthLabel':
    'Grafic cu bare al clienților noi, păstrați, reactivați și pierduți pe perioade ({count}). Săgețile stânga și dreapta mută între perioade, sus și jos între bare; Enter listează clienții.',
  'churn.axisPeriod': 'Perioadă',
  'churn.axisRate': 'Rata de abandon',
  'churn.axisActive': 'Clienți activi',
  'churn.axisCustomers': 'Clienți',
  'churn.axisQuickRatio': 'Raport de creștere',
  'churn.period': 'Perioadă',
  'churn.rate': 'Rata de abandon',
  'churn.retention': 'Rata de retenție',
  'churn.activeAtStart': 'Activi la început',
  'churn.activeAtEnd': 'Activi la sfârșit',
  'churn.new': 'Noi',
  'churn.lost': 'Pierduți',
  'churn.reactivated': 'Reactivați',
  'churn.retained': 'Păstrați',
  'churn.resurrected': 'Reveniți',
  'churn.quickRatio': 'Raport de creștere',
  'churn.complete': 'Încheiată',
  'churn.incomplete': 'Perioada nu s-a încheiat încă: evaluată la ultima zi din date ({date}).',
  'churn.incompleteShort': 'neîncheiată',
  'churn.warmup': 'Încă nu se poate măsura',
  'churn.warmupShort': 'încă nu se poate măsura: nu au trecut W zile de la începutul datelor',
  'churn.warmupNote.one':
    'Umbrit: prima perioadă ({count}), în care încă nimeni nu poate fi pierdut (datele încep cu mai puțin de W = {days} zile înainte de sfârșitul ei), așa că rata ei de pierdere nu este afișată.',
  'churn.warmupNote.few':
    'Umbrit: primele {count} perioade, în care încă nimeni nu poate fi pierdut (datele încep cu mai puțin de W = {days} zile înainte de sfârșitul lor), așa că rata lor de pierdere nu este afișată.',
  'churn.warmupNote.other':
    'Umbrit: primele {count} de perioade, în care încă nimeni nu poate fi pierdut (datele încep cu mai puțin de W = {days} zile înainte de sfârșitul lor), așa că rata lor de pierdere nu este afișată.',
  'churn.clickHint':
    'Faceți clic pe un punct sau pe o bară ori focalizați un grafic și apăsați Enter pentru a-i lista clienții.',
  'churn.drillTitle': '{group} în {period}',
  'churn.drillGrowth': '{group} în {period} (pe baza „a cumpărat în perioadă”)',
  'churn.drillGroup': 'Listă',
  'churn.drillLoading': 'Se listează clienții…',
  'churn.loading': 'Se calculează abandonul…',
  'churn.error': 'Abandonul nu a putut fi calculat: {reason}',
  'churn.empty': 'Acest set de date nu are tranzacții din care să se calculeze abandonul.',
} satisfies Translation<typeof en, 'ro'>;
