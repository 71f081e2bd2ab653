import type { TemplatePlan } from '../builder.js';

/** Maison Lune's editorial line, indicators, action plan and obstacles: steps 6–9. */
export const PLAN: TemplatePlan = {
  editorial: {
    tone: [
      'Warm, practical and inclusive: we talk like a friend who knows decoration, never like a luxury brand.',
      'Chaleureux, pratique et accessible : nous parlons comme un ami qui s’y connaît en décoration, jamais comme une marque de luxe.',
    ],
    image: [
      'A local shop where good taste is affordable and the staff give real advice.',
      'Une enseigne locale où le bon goût reste abordable et où l’on reçoit de vrais conseils.',
    ],
    pillars: [
      {
        name: ['Real homes', 'Vrais intérieurs'],
        description: [
          'Our products in customers’ homes, with their permission.',
          'Nos produits chez nos clients, avec leur accord.',
        ],
        share: 40,
        sensitive: false,
        colour: '#d1495b',
      },
      {
        name: ['Products and offers', 'Produits et offres'],
        description: [
          'New collections, restocks, seasonal offers.',
          'Nouvelles collections, réassorts, offres de saison.',
        ],
        share: 25,
        sensitive: true,
        colour: '#edae49',
      },
      {
        name: ['Community', 'Communauté'],
        description: [
          'Customer photos, votes, members’ questions.',
          'Photos de clients, votes, questions des membres.',
        ],
        share: 20,
        sensitive: false,
        colour: '#00798c',
      },
      {
        name: ['Makers and shops', 'Artisans et boutiques'],
        description: [
          'The local makers we sell and the teams in our shops.',
          'Les artisans locaux que nous vendons et les équipes de nos boutiques.',
        ],
        share: 15,
        sensitive: false,
        colour: '#30638e',
      },
    ],
    formats: [
      ['Reels and short videos', 'Reels et vidéos courtes'],
      ['Product-tagged photos', 'Photos avec produits identifiés'],
      ['Idea pins', 'Épingles d’idées'],
      ['Stories with polls', 'Stories avec sondages'],
    ],
    frequencies: [
      { network: 'instagram', postsPerWeek: 5 },
      { network: 'pinterest', postsPerWeek: 10 },
      { network: 'facebook', postsPerWeek: 3 },
      { network: 'tiktok', postsPerWeek: 3 },
    ],
    dos: [
      [
        'Show the price and a link on every product post',
        'Afficher le prix et un lien sur chaque publication produit',
      ],
      ['Credit the customer whose home we show', 'Créditer le client dont nous montrons l’intérieur'],
      ['Answer within four hours, weekends included', 'Répondre sous quatre heures, week-end compris'],
    ],
    donts: [
      [
        'No discount announced before the shops know it',
        'Pas de promotion annoncée avant que les boutiques la connaissent',
      ],
      [
        'Never delete a negative comment; answer it',
        'Ne jamais supprimer un commentaire négatif ; y répondre',
      ],
      [
        'No studio photo without a real-home version',
        'Pas de photo de studio sans une version en situation réelle',
      ],
    ],
    wordsToAvoid: [
      ['luxury', 'luxe'],
      ['cheap', 'pas cher'],
      ['must-have', 'indispensable'],
    ],
    hashtags: [['#MaisonLuneAtHome', '#MaisonLuneChezVous']],
    mentions: ['@maisonlune'],
    languages: ['fr'],
  },
  indicators: [
    { objective: 'sales', metric: 'roi', baseline: null, target: 250 },
    {
      objective: 'sales',
      metric: 'conversions',
      name: ['Orders from social media', 'Commandes issues des réseaux'],
      baseline: 120,
      target: 900,
    },
    { objective: 'sales', metric: 'attributed_value', baseline: 9000, target: 72000 },
    { objective: 'sales', metric: 'link_clicks', baseline: 2500, target: 30000 },
    { objective: 'loyalty', metric: 'engagement_rate_followers', network: 'instagram', baseline: 0.31 },
    { objective: 'loyalty', metric: 'engagement_rate_followers', network: 'facebook', baseline: 0.04 },
    { objective: 'loyalty', metric: 'engagement_rate_followers', network: 'tiktok', baseline: null },
    { objective: 'loyalty', metric: 'attention_per_euro', baseline: null, target: 2 },
    { objective: 'care', metric: 'first_response_time_median', network: 'facebook', baseline: 600 },
    { objective: 'care', metric: 'first_response_time_median', network: 'instagram', baseline: 720 },
    { objective: 'care', metric: 'share_answered_within_target', baseline: 45, target: 90 },
    { objective: 'care', metric: 'unanswered_questions', baseline: 35, target: 0 },
  ],
  actions: [
    {
      key: 'launches',
      title: ['Seasonal collection launches', 'Lancements des collections de saison'],
      description: [
        'Two launches a year: a teaser week, a reveal in real homes, product tags to the online store.',
        'Deux lancements par an : une semaine de teasing, une révélation dans de vrais intérieurs, des produits identifiés vers la boutique en ligne.',
      ],
      objective: 'sales',
      audiences: ['homemakers', 'regulars'],
      networks: ['instagram', 'facebook', 'pinterest'],
      months: [1, 2],
      status: 'planned',
      budget: 800000,
    },
    {
      key: 'makeovers',
      title: ['“Room under €100” videos', 'Vidéos « Une pièce à moins de 100 € »'],
      description: [
        'A weekly makeover filmed by two shop assistants, every product listed with its price.',
        'Une transformation par semaine filmée par deux vendeurs, chaque produit listé avec son prix.',
      ],
      objective: 'sales',
      audiences: ['students', 'homemakers'],
      networks: ['tiktok', 'instagram'],
      months: [0, 5],
      status: 'planned',
      budget: 240000,
    },
    {
      key: 'pins',
      title: ['Product catalogue on Pinterest', 'Catalogue produits sur Pinterest'],
      description: [
        'Connect the online store’s product feed and pin twenty room ideas a month.',
        'Connecter le flux produits de la boutique en ligne et épingler vingt idées de pièces par mois.',
      ],
      objective: 'sales',
      audiences: ['homemakers'],
      networks: ['pinterest'],
      months: [0, 11],
      status: 'planned',
      budget: 150000,
      noObstacles: true,
    },
    {
      key: 'group',
      title: ['Card holders’ Facebook group', 'Groupe Facebook des porteurs de carte'],
      description: [
        'A members-only group with a monthly vote on next season’s products and early access to launches.',
        'Un groupe réservé aux membres, avec un vote mensuel sur les produits de la saison suivante et un accès anticipé aux lancements.',
      ],
      objective: 'loyalty',
      audiences: ['regulars'],
      networks: ['facebook'],
      months: [0, 11],
      status: 'planned',
      budget: 60000,
    },
    {
      key: 'rota',
      title: ['Social customer-care rota', 'Permanence de service client sur les réseaux'],
      description: [
        'Customer service and two shop assistants share replies, evenings and weekends included, with saved answers.',
        'Le service client et deux vendeurs se relaient pour répondre, soirs et week-ends compris, avec des réponses types.',
      ],
      objective: 'care',
      audiences: ['regulars', 'homemakers'],
      networks: ['facebook', 'instagram'],
      months: [0, 11],
      status: 'planned',
      budget: 420000,
    },
    {
      key: 'christmas',
      title: ['Sponsored Christmas campaign', 'Campagne sponsorisée de Noël'],
      description: [
        'Sponsored gift ideas aimed at 25–45-year-olds around our shops, with click-and-collect.',
        'Idées cadeaux sponsorisées ciblant les 25-45 ans autour de nos boutiques, avec retrait en magasin.',
      ],
      objective: 'sales',
      audiences: ['homemakers', 'regulars'],
      networks: ['instagram', 'facebook'],
      months: [9, 10],
      status: 'planned',
      budget: 1500000,
    },
  ],
  obstacles: [
    {
      action: 'rota',
      family: 'internal_processes',
      description: [
        'Shop assistants cannot check stock fast enough to answer within four hours.',
        'Les vendeurs ne peuvent pas vérifier le stock assez vite pour répondre sous quatre heures.',
      ],
      likelihood: 4,
      impact: 4,
      mitigation: [
        'Give the rota read access to live stock per shop and saved answers for delivery and returns.',
        'Donner à la permanence un accès en lecture au stock de chaque boutique et des réponses types pour la livraison et les retours.',
      ],
      dueMonth: 0,
      status: 'open',
    },
    {
      action: 'christmas',
      family: 'budget',
      description: [
        'No budget line for sponsored posts until the Christmas budget is voted in September.',
        'Aucune ligne budgétaire pour les publications sponsorisées avant le vote du budget de Noël en septembre.',
      ],
      likelihood: 3,
      impact: 4,
      mitigation: [
        'Present the results of the first six months with the executive briefing in July.',
        'Présenter les résultats des six premiers mois avec la synthèse de direction en juillet.',
      ],
      dueMonth: 6,
      status: 'open',
    },
    {
      action: 'launches',
      family: 'measurement',
      description: [
        'Sales in the shops cannot be linked to a post.',
        'Les ventes en boutique ne peuvent pas être rattachées à une publication.',
      ],
      likelihood: 5,
      impact: 3,
      mitigation: [
        'Use a code per campaign at the till and count click-and-collect orders from tracked links.',
        'Utiliser un code par campagne en caisse et compter les retraits en magasin issus des liens suivis.',
      ],
      dueMonth: 1,
      status: 'open',
    },
    {
      action: 'makeovers',
      family: 'resources',
      description: [
        'The two shop assistants who film lose selling time on Saturdays.',
        'Les deux vendeurs qui filment perdent du temps de vente le samedi.',
      ],
      likelihood: 3,
      impact: 2,
      mitigation: [
        'Film on Tuesday mornings, when the shop is quiet, and count the hours in the rota.',
        'Filmer le mardi matin, quand la boutique est calme, et compter ces heures dans le planning.',
      ],
      dueMonth: 0,
      status: 'mitigating',
    },
    {
      action: 'group',
      family: 'top_management',
      description: [
        'Management fears that negative comments will be seen by everyone.',
        'La direction craint que les commentaires négatifs soient vus de tous.',
      ],
      likelihood: 2,
      impact: 3,
      mitigation: [
        'Share the moderation charter and show how a complaint answered in public turns into trust.',
        'Partager la charte de modération et montrer comment une réclamation traitée en public devient de la confiance.',
      ],
      dueMonth: 1,
      status: 'open',
    },
  ],
};
