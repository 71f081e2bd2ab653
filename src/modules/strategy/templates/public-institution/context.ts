import type { TemplateContext } from '../builder.js';

/** A grouping of 45 municipalities (180,000 residents) that runs waste, transport and water: steps 1–5. */
export const CONTEXT: TemplateContext = {
  id: 'public-institution',
  name: ['Public institution / association', 'Institution publique / association'],
  description: [
    'A public body or association: useful information for residents, questions answered quickly, and more people taking part.',
    'Un organisme public ou une association : une information utile aux habitants, des questions traitées vite et davantage de participation.',
  ],
  title: [
    'Val-Clair Agglomeration — social media strategy',
    'Agglomération du Val-Clair — stratégie réseaux sociaux',
  ],
  summary: [
    'The Val-Clair Agglomeration (45 municipalities, 180,000 residents) runs waste collection, buses, water and economic development. The magazine reaches homes once a month and the phone line is saturated on collection days. Social media must warn residents in time, answer their questions where they ask them, and bring more people, especially the young, into public consultations.',
    'L’agglomération du Val-Clair (45 communes, 180 000 habitants) gère la collecte des déchets, les bus, l’eau et le développement économique. Le magazine arrive dans les foyers une fois par mois et la ligne téléphonique sature les jours de collecte. Les réseaux sociaux doivent prévenir les habitants à temps, répondre à leurs questions là où ils les posent et amener davantage de personnes, en particulier les jeunes, aux concertations publiques.',
  ],
  objectives: [
    {
      key: 'inform',
      type: 'institutional',
      title: [
        'Inform residents about services and works',
        'Informer les habitants sur les services et les travaux',
      ],
      description: [
        'Residents hear about works, changes in collection and bus disruptions before they are affected.',
        'Les habitants sont prévenus des travaux, des changements de collecte et des perturbations de bus avant d’être concernés.',
      ],
      priority: 'high',
      months: [0, 11],
    },
    {
      key: 'answer',
      type: 'customer_relations',
      title: ['Answer residents’ questions quickly', 'Répondre vite aux questions des habitants'],
      description: [
        'Questions about waste, water and buses asked on social media are answered within four hours on working days.',
        'Les questions sur les déchets, l’eau et les bus posées sur les réseaux sociaux reçoivent une réponse sous quatre heures les jours ouvrés.',
      ],
      priority: 'high',
      months: [0, 11],
    },
    {
      key: 'participate',
      type: 'custom',
      customType: ['Civic participation', 'Participation citoyenne'],
      title: [
        'Bring more residents into the mobility consultation',
        'Amener plus d’habitants à la concertation sur les mobilités',
      ],
      description: [
        'Double the number of contributions to the mobility-plan consultation, with a quarter from people under 30.',
        'Doubler le nombre de contributions à la concertation sur le plan de mobilité, dont un quart de moins de 30 ans.',
      ],
      priority: 'medium',
      months: [2, 7],
    },
  ],
  audiences: [
    {
      key: 'residents',
      name: ['Residents', 'Habitants'],
      segment: 'b2c',
      description: [
        'Households of the 45 municipalities, from the town centre to rural villages; many use Facebook town groups.',
        'Les foyers des 45 communes, du centre-ville aux villages ruraux ; beaucoup suivent les groupes Facebook communaux.',
      ],
      ages: [25, 75],
      places: [['Val-Clair, France', 'Val-Clair, France']],
      languages: ['fr'],
      interests: [
        ['Local news', 'Actualité locale'],
        ['Everyday services', 'Services du quotidien'],
      ],
      needs: [
        ['Know about disruptions in time', 'Être prévenus des perturbations à temps'],
        ['A straight answer to a practical question', 'Une réponse claire à une question pratique'],
      ],
      pains: [
        ['Phone line busy on collection days', 'Ligne téléphonique saturée les jours de collecte'],
        ['Information spread over many websites', 'Des informations éparpillées sur de nombreux sites'],
      ],
      presentOn: ['facebook', 'instagram'],
      objectives: ['inform', 'answer', 'participate'],
    },
    {
      key: 'young',
      name: ['Young residents', 'Jeunes habitants'],
      segment: 'b2c',
      description: [
        'Secondary-school pupils, students and young workers; the heaviest bus users and the least heard in consultations.',
        'Lycéens, étudiants et jeunes actifs ; les plus gros utilisateurs du bus et les moins entendus en concertation.',
      ],
      ages: [15, 29],
      places: [['Val-Clair, France', 'Val-Clair, France']],
      languages: ['fr'],
      interests: [
        ['Transport', 'Transports'],
        ['Climate', 'Climat'],
        ['Going out', 'Sorties'],
      ],
      needs: [['Real-time bus information', 'L’information des bus en temps réel']],
      pains: [
        [
          'Public meetings held at hours they cannot attend',
          'Des réunions publiques à des horaires impossibles pour eux',
        ],
      ],
      presentOn: ['instagram', 'tiktok', 'youtube'],
      objectives: ['participate', 'inform'],
    },
    {
      key: 'relays',
      name: ['Local media and elected officials', 'Médias locaux et élus'],
      segment: 'media',
      description: [
        'Regional press, local radio, the 45 mayors and their staff, who relay our information.',
        'Presse régionale, radios locales, les 45 maires et leurs équipes, qui relaient nos informations.',
      ],
      ages: [30, 65],
      places: [['Val-Clair, France', 'Val-Clair, France']],
      languages: ['fr'],
      interests: [
        ['Public decisions', 'Décisions publiques'],
        ['Figures and facts', 'Chiffres et faits'],
      ],
      needs: [['Reliable information, fast', 'Une information fiable, vite']],
      pains: [['Learning about a decision from residents first', 'Apprendre une décision par les habitants']],
      presentOn: ['x', 'linkedin', 'bluesky'],
      objectives: ['inform'],
    },
    {
      key: 'business',
      name: ['Local businesses and associations', 'Entreprises et associations locales'],
      segment: 'b2b',
      description: [
        'Shopkeepers, craftsmen, companies and associations affected by works and economic programmes.',
        'Commerçants, artisans, entreprises et associations concernés par les travaux et les dispositifs économiques.',
      ],
      ages: [30, 60],
      places: [['Val-Clair, France', 'Val-Clair, France']],
      languages: ['fr'],
      interests: [
        ['Grants and calls for projects', 'Aides et appels à projets'],
        ['Works near their premises', 'Travaux près de leurs locaux'],
      ],
      needs: [['Plan around works in advance', 'S’organiser à l’avance autour des travaux']],
      pains: [['Losing customers during works', 'Perdre des clients pendant les travaux']],
      presentOn: ['linkedin', 'facebook'],
      objectives: ['inform'],
    },
  ],
  existing: [
    {
      key: 'magazine',
      name: ['Agglomeration magazine', 'Magazine de l’agglomération'],
      channel: 'print',
      frequency: ['Monthly', 'Mensuel'],
      owner: ['Head of communication', 'Directrice de la communication'],
      description: [
        '24 pages delivered to 82,000 letterboxes: projects, services, events.',
        '24 pages distribuées dans 82 000 boîtes aux lettres : projets, services, événements.',
      ],
      audiences: ['residents'],
      objectives: ['inform'],
    },
    {
      key: 'website',
      name: ['Website and online forms', 'Site web et démarches en ligne'],
      channel: 'website',
      frequency: ['Updated daily', 'Mis à jour chaque jour'],
      owner: ['Digital officer', 'Chargé du numérique'],
      description: [
        'Collection calendar, bus timetables, online forms for bulky waste and water subscriptions.',
        'Calendrier de collecte, horaires des bus, démarches en ligne pour les encombrants et les abonnements à l’eau.',
      ],
      audiences: ['residents', 'business'],
      objectives: ['inform', 'answer'],
    },
    {
      key: 'phone',
      name: ['Residents’ phone line', 'Numéro d’appel des habitants'],
      channel: 'phone_support',
      frequency: ['Weekdays, 8.30 am to 5 pm', 'En semaine, de 8 h 30 à 17 h'],
      owner: ['Head of public services', 'Responsable du service aux usagers'],
      description: [
        'Three agents; up to 400 calls on collection-change days, many unanswered.',
        'Trois agents ; jusqu’à 400 appels les jours de changement de collecte, beaucoup sans réponse.',
      ],
      audiences: ['residents'],
      objectives: ['answer'],
    },
    {
      key: 'press',
      name: ['Press releases', 'Communiqués de presse'],
      channel: 'press',
      frequency: ['Weekly', 'Hebdomadaires'],
      owner: ['Press officer', 'Attaché de presse'],
      description: [
        'Decisions of the council, works, events, sent to 40 journalists.',
        'Décisions du conseil, travaux, événements, envoyés à 40 journalistes.',
      ],
      audiences: ['relays'],
      objectives: ['inform'],
    },
    {
      key: 'meetings',
      name: ['Public meetings', 'Réunions publiques'],
      channel: 'event',
      frequency: ['For each major project', 'Pour chaque grand projet'],
      owner: ['Consultation officer', 'Chargée de concertation'],
      description: [
        'Evening meetings in town halls; mostly retired residents attend.',
        'Réunions en soirée dans les mairies ; surtout fréquentées par des retraités.',
      ],
      audiences: ['residents'],
      objectives: ['participate'],
    },
  ],
  valueAdded: [
    {
      objective: 'inform',
      network: 'facebook',
      statement: [
        'An alert the same morning in the town groups residents already follow, when the magazine only arrives at the end of the month.',
        'Une alerte le matin même dans les groupes communaux que les habitants suivent déjà, quand le magazine n’arrive qu’en fin de mois.',
      ],
      complements: ['magazine', 'website'],
    },
    {
      objective: 'inform',
      network: 'linkedin',
      statement: [
        'Businesses learn about works and grants early enough to plan, with a direct contact, rather than from a notice on their shop window.',
        'Les entreprises apprennent les travaux et les aides assez tôt pour s’organiser, avec un contact direct, plutôt que par une affiche sur leur vitrine.',
      ],
      complements: ['press'],
    },
    {
      objective: 'inform',
      network: 'bluesky',
      statement: [
        'Journalists and elected officials get our decisions first-hand and can quote them, without waiting for the weekly press release.',
        'Journalistes et élus reçoivent nos décisions de première main et peuvent les citer, sans attendre le communiqué hebdomadaire.',
      ],
      complements: ['press'],
    },
    {
      objective: 'answer',
      network: 'facebook',
      statement: [
        'Residents ask in writing at any time, and one public answer serves everyone with the same question, taking pressure off the phone line.',
        'Les habitants posent leur question par écrit à toute heure, et une réponse publique sert tous ceux qui ont la même question, ce qui soulage la ligne téléphonique.',
      ],
      complements: ['phone'],
    },
    {
      objective: 'answer',
      network: 'instagram',
      statement: [
        'Private messages let residents send a photo of an overflowing bin or a broken shelter, which no form handles well.',
        'Les messages privés permettent d’envoyer la photo d’un bac qui déborde ou d’un abribus cassé, ce qu’aucun formulaire ne gère bien.',
      ],
      complements: ['website', 'phone'],
    },
    {
      objective: 'participate',
      network: 'instagram',
      statement: [
        'Polls and short videos bring the consultation to young residents who will never come to a town-hall meeting at 7 pm.',
        'Sondages et vidéos courtes portent la concertation auprès de jeunes qui ne viendront jamais à une réunion en mairie à 19 h.',
      ],
      complements: ['meetings'],
    },
    {
      objective: 'participate',
      network: 'facebook',
      statement: [
        'A live Q&A with the vice-president lets residents who cannot travel ask their questions and hear the answers.',
        'Un direct de questions-réponses avec le vice-président permet aux habitants qui ne peuvent pas se déplacer de poser leurs questions et d’entendre les réponses.',
      ],
      complements: ['meetings', 'magazine'],
    },
  ],
  choices: [
    {
      network: 'facebook',
      chosen: true,
      rationale: [
        'Most residents and town groups are there; it serves information, answers and participation.',
        'La plupart des habitants et des groupes communaux y sont ; il sert l’information, les réponses et la participation.',
      ],
      objectives: ['inform', 'answer', 'participate'],
      audiences: ['residents', 'business'],
    },
    {
      network: 'instagram',
      chosen: true,
      rationale: [
        'Reaches young residents; messages with photos help report problems.',
        'Touche les jeunes habitants ; les messages avec photo aident à signaler les problèmes.',
      ],
      objectives: ['answer', 'participate'],
      audiences: ['young', 'residents'],
    },
    {
      network: 'linkedin',
      chosen: true,
      rationale: [
        'Businesses and partners follow economic news there.',
        'Les entreprises et les partenaires y suivent l’actualité économique.',
      ],
      objectives: ['inform'],
      audiences: ['business', 'relays'],
    },
    {
      network: 'bluesky',
      chosen: true,
      rationale: [
        'Many journalists and public bodies now publish there; an open protocol fits a public institution.',
        'De nombreux journalistes et organismes publics y publient désormais ; un protocole ouvert convient à une institution publique.',
      ],
      objectives: ['inform'],
      audiences: ['relays'],
    },
    {
      network: 'x',
      chosen: false,
      rationale: [
        'Kept as a mirror for emergency alerts only: an answer is expected there within 30 minutes, which we cannot staff.',
        'Conservé comme simple relais des alertes d’urgence : une réponse y est attendue sous 30 minutes, ce que nous ne pouvons pas assurer.',
      ],
      objectives: [],
      audiences: [],
    },
    {
      network: 'tiktok',
      chosen: false,
      rationale: [
        'Reconsidered after the consultation, once the team has tested short videos on Instagram.',
        'À reconsidérer après la concertation, une fois que l’équipe aura testé les vidéos courtes sur Instagram.',
      ],
      objectives: [],
      audiences: [],
    },
  ],
};
