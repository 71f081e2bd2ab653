import type { Locale } from './terms.js';

/**
 * Labels of the organisation and budget parts of the documents (step 8 and the briefing), in English
 * and French. Kept apart from labels.ts, which holds the nine steps, so neither file grows too long.
 */
const en = {
  resources: 'People and providers',
  noResources: 'No people or providers entered yet.',
  name: 'Name',
  kindOf: 'Kind',
  skills: 'Skills',
  capacity: 'Capacity (h/week)',
  totalCapacity: 'Total capacity',
  member: 'Team member',
  providerTypes: {
    agency: 'Agency',
    freelancer: 'Freelancer',
    studio: 'Studio',
    other: 'Provider',
  } as Record<string, string>,
  skillNames: {
    writing: 'writing',
    visuals: 'visuals',
    video: 'video',
    moderation: 'moderation',
    advertising: 'advertising',
    analysis: 'analysis',
  } as Record<string, string>,
  processRaci: 'Recurring processes (RACI)',
  noProcessRaci: 'No RACI entered yet for publishing, the inbox or approvals.',
  process: 'Process',
  processNames: { publishing: 'Publishing', inbox: 'Inbox', approvals: 'Approvals' } as Record<
    string,
    string
  >,
  allNetworks: 'all networks',
  workload: (weeks: number) => `Workload of the next ${weeks} weeks (planned / capacity, hours)`,
  person: 'Person',
  noWorkloadPeople: 'No workload to show: enter the people and providers first.',
  overload: (name: string, weeks: string[], hours: string, cause: string) =>
    `${name} is overloaded in ${weeks.length === 1 ? 'week' : 'weeks'} ${weeks.join(', ')}, by ${weeks.length === 1 ? '' : 'up to '}${hours} h${cause ? ` (mostly ${cause})` : ''}.`,
  noOverload: 'Nobody is overloaded in these weeks.',
  unassigned: (hours: string, weeks: string[]) =>
    `${hours} h of planned work a week has nobody responsible (${weeks.length === 1 ? 'week' : 'weeks'} ${weeks.join(', ')}).`,
  causePublishing: (network: string) => `publishing on ${network}`,
  causeInbox: (network: string) => `the ${network} inbox`,
  causeOther: 'planned posts',
  coverage: (week: string) => `Inbox coverage, week ${week}`,
  noCoveragePlan: 'No network plan yet, so no inbox coverage to check.',
  coverageGap: (network: string, target: string, gaps: number, from: string, to: string) =>
    `${network} (reply target ${target}): ${gaps} uncovered ${gaps === 1 ? 'stretch' : 'stretches'} longer than the target, the first from ${from} to ${to}.`,
  coverageOk: (network: string, target: string) => `${network} (reply target ${target}): covered.`,
  noCoverers: (network: string, target: string) =>
    `${network} (reply target ${target}): nobody covers this inbox.`,
  allWeekGap: (network: string, target: string) =>
    `${network} (reply target ${target}): not covered at any time this week.`,
  timeZone: 'Times are in',
  budgetTitle: 'Budget',
  budgetPeriod: (from: string, to: string, strategy: boolean) =>
    `${from} – ${to} (${strategy ? 'the strategy’s period' : 'the current year'}), budget lines in the workspace currency.`,
  noBudget: 'No budget entered yet.',
  category: 'Category',
  categories: {
    content_production: 'Content production',
    tools: 'Tools',
    sponsored_campaigns: 'Sponsored campaigns',
    outsourcing: 'Outsourcing',
    staff_time: 'Staff time',
    training: 'Training',
    other: 'Other',
  } as Record<string, string>,
  planned: 'Planned',
  committed: 'Committed',
  actual: 'Actual',
  variance: 'Variance',
  objective: 'Objective',
  noObjective: 'No objective',
  planEstimate: 'Action plan estimate',
  budgetVsPlan: (planned: string, estimate: string) =>
    `Budget lines plan ${planned}; the action plan estimates ${estimate}.`,
  plannedBudget: 'Planned budget (budget lines)',
  estimatedBudget: 'Budget estimate (action plan)',
  orgLabel: 'Organisation',
  people: (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`,
  providers: {
    agency: ['agency', 'agencies'],
    freelancer: ['freelancer', 'freelancers'],
    studio: ['studio', 'studios'],
    other: ['provider', 'providers'],
  } as Record<string, [string, string]>,
  hoursPerWeek: (h: string) => `${h} h/week`,
  overloadIn: (week: string, names: string) => `overload in week ${week} for ${names}`,
  noOverloadShort: 'no overload in the next 4 weeks',
  gapsIn: (networks: string) => `inbox gaps next week: ${networks}`,
  actualShort: 'actual',
  committedShort: 'committed',
};

const fr: typeof en = {
  resources: 'Personnes et prestataires',
  noResources: 'Aucune personne ni aucun prestataire saisi pour l’instant.',
  name: 'Nom',
  kindOf: 'Type',
  skills: 'Compétences',
  capacity: 'Capacité (h/semaine)',
  totalCapacity: 'Capacité totale',
  member: 'Membre de l’équipe',
  providerTypes: { agency: 'Agence', freelancer: 'Indépendant', studio: 'Studio', other: 'Prestataire' },
  skillNames: {
    writing: 'rédaction',
    visuals: 'visuels',
    video: 'vidéo',
    moderation: 'modération',
    advertising: 'publicité',
    analysis: 'analyse',
  },
  processRaci: 'Processus récurrents (RACI)',
  noProcessRaci: 'Aucun RACI saisi pour l’instant pour la publication, la messagerie ou les validations.',
  process: 'Processus',
  processNames: { publishing: 'Publication', inbox: 'Messagerie', approvals: 'Validations' },
  allNetworks: 'tous les réseaux',
  workload: (weeks) => `Charge des ${weeks} prochaines semaines (prévu / capacité, heures)`,
  person: 'Personne',
  noWorkloadPeople: 'Aucune charge à montrer : saisissez d’abord les personnes et les prestataires.',
  overload: (name, weeks, hours, cause) =>
    `${name} est en surcharge ${weeks.length === 1 ? 'la semaine' : 'les semaines'} ${weeks.join(', ')}, de ${weeks.length === 1 ? '' : 'jusqu’à '}${hours} h${cause ? ` (surtout ${cause})` : ''}.`,
  noOverload: 'Personne n’est en surcharge sur ces semaines.',
  unassigned: (hours, weeks) =>
    `${hours} h de travail prévu par semaine n’ont pas de responsable (${weeks.length === 1 ? 'semaine' : 'semaines'} ${weeks.join(', ')}).`,
  causePublishing: (network) => `la publication sur ${network}`,
  causeInbox: (network) => `la messagerie ${network}`,
  causeOther: 'les publications prévues',
  coverage: (week) => `Couverture de la messagerie, semaine ${week}`,
  noCoveragePlan: 'Aucun plan par réseau pour l’instant : pas de couverture à vérifier.',
  coverageGap: (network, target, gaps, from, to) =>
    `${network} (délai de réponse ${target}) : ${gaps} ${gaps === 1 ? 'plage non couverte plus longue' : 'plages non couvertes plus longues'} que le délai, la première du ${from} au ${to}.`,
  coverageOk: (network, target) => `${network} (délai de réponse ${target}) : couvert.`,
  noCoverers: (network, target) =>
    `${network} (délai de réponse ${target}) : personne ne couvre cette messagerie.`,
  allWeekGap: (network, target) => `${network} (délai de réponse ${target}) : jamais couverte cette semaine.`,
  timeZone: 'Heures du fuseau',
  budgetTitle: 'Budget',
  budgetPeriod: (from, to, strategy) =>
    `${from} – ${to} (${strategy ? 'période de la stratégie' : 'année en cours'}), lignes budgétaires dans la devise de l’espace.`,
  noBudget: 'Aucun budget saisi pour l’instant.',
  category: 'Catégorie',
  categories: {
    content_production: 'Production de contenus',
    tools: 'Outils',
    sponsored_campaigns: 'Campagnes sponsorisées',
    outsourcing: 'Sous-traitance',
    staff_time: 'Temps des équipes',
    training: 'Formation',
    other: 'Autre',
  },
  planned: 'Prévu',
  committed: 'Engagé',
  actual: 'Réalisé',
  variance: 'Écart',
  objective: 'Objectif',
  noObjective: 'Sans objectif',
  planEstimate: 'Estimation du plan d’action',
  budgetVsPlan: (planned, estimate) =>
    `Les lignes budgétaires prévoient ${planned} ; le plan d’action estime ${estimate}.`,
  plannedBudget: 'Budget prévu (lignes budgétaires)',
  estimatedBudget: 'Budget estimé (plan d’action)',
  orgLabel: 'Organisation',
  people: (n) => `${n} ${n === 1 ? 'personne' : 'personnes'}`,
  providers: {
    agency: ['agence', 'agences'],
    freelancer: ['indépendant', 'indépendants'],
    studio: ['studio', 'studios'],
    other: ['prestataire', 'prestataires'],
  },
  hoursPerWeek: (h) => `${h} h/semaine`,
  overloadIn: (week, names) => `surcharge la semaine ${week} pour ${names}`,
  noOverloadShort: 'aucune surcharge sur les 4 prochaines semaines',
  gapsIn: (networks) => `trous de couverture la semaine prochaine : ${networks}`,
  actualShort: 'réalisé',
  committedShort: 'engagé',
};

/** The organisation and budget labels of a locale. */
export function orgLabels(locale: Locale): typeof en {
  return locale === 'fr' ? fr : en;
}
