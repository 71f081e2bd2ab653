import type { TemplateContext } from '../builder.js';

/** An independent chain of twelve home-decor shops with an online shop: steps 1–5. */
export const CONTEXT: TemplateContext = {
  id: 'retail-b2c',
  name: ['Retail / B2C', 'Commerce / B2C'],
  description: [
    'A shop chain with an online store: inspiration that sells, a loyal community, and customer questions answered on time.',
    'Une chaîne de boutiques avec une boutique en ligne : de l’inspiration qui fait vendre, une communauté fidèle et des questions clients traitées à temps.',
  ],
  title: ['Maison Lune — social media strategy', 'Maison Lune — stratégie réseaux sociaux'],
  summary: [
    'Maison Lune runs twelve home-decor shops and an online store. The paper catalogue and the loyalty e-mails reach existing customers; younger households discover decoration on their phones and never walk in. Social media must show our products in real homes, bring traffic to the online store and the shops, and answer customers where they ask.',
    'Maison Lune exploite douze boutiques de décoration et une boutique en ligne. Le catalogue papier et les e-mails de fidélité touchent les clients existants ; les jeunes foyers découvrent la décoration sur leur téléphone et ne poussent jamais la porte. Les réseaux sociaux doivent montrer nos produits dans de vrais intérieurs, amener du trafic vers la boutique en ligne et les magasins, et répondre aux clients là où ils posent leurs questions.',
  ],
  objectives: [
    {
      key: 'sales',
      type: 'sales',
      title: [
        'Grow online and click-and-collect sales',
        'Développer les ventes en ligne et le retrait en magasin',
      ],
      description: [
        'Orders that start from a social post: 8 % of online revenue within the year.',
        'Des commandes qui partent d’une publication : 8 % du chiffre d’affaires en ligne dans l’année.',
      ],
      priority: 'high',
      months: [0, 11],
    },
    {
      key: 'loyalty',
      type: 'loyalty',
      title: ['Turn card holders into regulars', 'Faire des porteurs de carte des habitués'],
      description: [
        'Card holders come back more often because they feel part of a community, not because of discounts.',
        'Les porteurs de carte reviennent plus souvent parce qu’ils se sentent membres d’une communauté, pas pour des remises.',
      ],
      priority: 'medium',
      months: [0, 11],
    },
    {
      key: 'care',
      type: 'customer_relations',
      title: ['Answer customers on time', 'Répondre aux clients dans les temps'],
      description: [
        'Stock, delivery and returns questions asked on social media get an answer within four hours, every day.',
        'Les questions de stock, de livraison et de retour posées sur les réseaux sociaux obtiennent une réponse sous quatre heures, tous les jours.',
      ],
      priority: 'medium',
      months: [0, 11],
    },
  ],
  audiences: [
    {
      key: 'homemakers',
      name: ['Young home-makers', 'Jeunes foyers qui s’installent'],
      segment: 'b2c',
      description: [
        'Couples and young families furnishing a first flat or house, city-dwellers, budget-conscious but style-minded.',
        'Couples et jeunes familles qui meublent un premier logement, urbains, attentifs au budget mais exigeants sur le style.',
      ],
      ages: [25, 40],
      places: [
        ['Lyon', 'Lyon'],
        ['Grenoble', 'Grenoble'],
        ['Online, France', 'En ligne, France'],
      ],
      languages: ['fr'],
      interests: [
        ['Interior design', 'Décoration intérieure'],
        ['Second-hand and upcycling', 'Seconde main et réemploi'],
      ],
      needs: [
        [
          'See a product in a real room before buying',
          'Voir un produit dans une vraie pièce avant d’acheter',
        ],
        ['Ideas that fit a small budget', 'Des idées adaptées à un petit budget'],
      ],
      pains: [
        [
          'Studio photos that look nothing like home',
          'Des photos de studio qui ne ressemblent pas à un intérieur',
        ],
        ['Unclear delivery dates', 'Des délais de livraison flous'],
      ],
      presentOn: ['instagram', 'pinterest', 'tiktok'],
      objectives: ['sales', 'loyalty'],
    },
    {
      key: 'regulars',
      name: ['Loyal family customers', 'Clientèle familiale fidèle'],
      segment: 'b2c',
      description: [
        'Loyalty-card holders who visit the shops several times a year and trust the staff’s advice.',
        'Porteurs de la carte de fidélité qui viennent en boutique plusieurs fois par an et font confiance aux conseils des vendeurs.',
      ],
      ages: [40, 65],
      places: [['Auvergne-Rhône-Alpes, France', 'Auvergne-Rhône-Alpes, France']],
      languages: ['fr'],
      interests: [
        ['Seasonal decoration', 'Décoration de saison'],
        ['Local makers', 'Artisans locaux'],
      ],
      needs: [
        ['Know what is new in their shop', 'Savoir ce qui est nouveau dans leur magasin'],
        ['Quick answers about stock', 'Des réponses rapides sur le stock'],
      ],
      pains: [['Travelling to the shop for an item out of stock', 'Se déplacer pour un article en rupture']],
      presentOn: ['facebook', 'instagram'],
      objectives: ['loyalty', 'care'],
    },
    {
      key: 'students',
      name: ['Students in their first flat', 'Étudiants dans leur premier logement'],
      segment: 'b2c',
      description: [
        'Students and young workers decorating a small rented room with very little money.',
        'Étudiants et jeunes actifs qui décorent une petite location avec très peu d’argent.',
      ],
      ages: [18, 25],
      places: [
        ['Lyon', 'Lyon'],
        ['Grenoble', 'Grenoble'],
      ],
      languages: ['fr'],
      interests: [
        ['Do-it-yourself', 'Fait maison'],
        ['Room makeovers', 'Transformations de chambre'],
      ],
      needs: [['Decorate without drilling or spending much', 'Décorer sans percer ni dépenser beaucoup']],
      pains: [['Shops that feel too expensive for them', 'Des boutiques qui leur semblent trop chères']],
      presentOn: ['tiktok', 'instagram'],
      objectives: ['sales'],
    },
  ],
  existing: [
    {
      key: 'shops',
      name: ['Twelve shops', 'Douze boutiques'],
      channel: 'shop',
      frequency: ['Open six days a week', 'Ouvertes six jours sur sept'],
      owner: ['Retail director', 'Directrice des magasins'],
      description: [
        'Advice from trained staff, window displays changed with each season.',
        'Conseils d’un personnel formé, vitrines renouvelées à chaque saison.',
      ],
      audiences: ['regulars', 'homemakers'],
      objectives: ['sales', 'loyalty'],
    },
    {
      key: 'catalogue',
      name: ['Seasonal catalogue', 'Catalogue de saison'],
      channel: 'print',
      frequency: ['Twice a year', 'Deux fois par an'],
      owner: ['Marketing manager', 'Responsable marketing'],
      description: [
        '60 pages mailed to 25,000 card holders: the new collections and their prices.',
        '60 pages envoyées à 25 000 porteurs de carte : les nouvelles collections et leurs prix.',
      ],
      audiences: ['regulars'],
      objectives: ['sales', 'loyalty'],
    },
    {
      key: 'emails',
      name: ['Loyalty e-mails', 'E-mails de fidélité'],
      channel: 'email',
      frequency: ['Weekly', 'Hebdomadaires'],
      owner: ['E-commerce manager', 'Responsable e-commerce'],
      description: [
        'Offers of the week and the card holders’ birthday discount.',
        'Offres de la semaine et remise anniversaire des porteurs de carte.',
      ],
      audiences: ['regulars'],
      objectives: ['loyalty', 'sales'],
    },
    {
      key: 'eshop',
      name: ['Online store', 'Boutique en ligne'],
      channel: 'website',
      frequency: ['Always on', 'En continu'],
      owner: ['E-commerce manager', 'Responsable e-commerce'],
      description: [
        '3,000 products, home delivery or collection in a shop within two hours.',
        '3 000 produits, livraison à domicile ou retrait en boutique sous deux heures.',
      ],
      audiences: ['homemakers', 'regulars', 'students'],
      objectives: ['sales'],
    },
    {
      key: 'phone',
      name: ['Customer service line', 'Service client téléphonique'],
      channel: 'phone_support',
      frequency: ['Weekdays, 9 am to 6 pm', 'En semaine, de 9 h à 18 h'],
      owner: ['Customer service lead', 'Responsable du service client'],
      description: [
        'Two advisers handle orders, deliveries and returns by phone and e-mail.',
        'Deux conseillers traitent commandes, livraisons et retours par téléphone et e-mail.',
      ],
      audiences: ['regulars', 'homemakers'],
      objectives: ['care'],
    },
  ],
  valueAdded: [
    {
      objective: 'sales',
      network: 'instagram',
      statement: [
        'Products shown in customers’ real homes, each tagged to its page in the online store: the catalogue shows a price, Instagram shows how it looks at home.',
        'Des produits montrés dans les vrais intérieurs de nos clients, chacun relié à sa page de la boutique en ligne : le catalogue montre un prix, Instagram montre le rendu chez soi.',
      ],
      complements: ['catalogue', 'eshop'],
    },
    {
      objective: 'sales',
      network: 'pinterest',
      statement: [
        'Pins keep sending people searching for “small living room ideas” to our product pages for months, long after a catalogue is thrown away.',
        'Les épingles envoient pendant des mois les personnes qui cherchent « idées petit salon » vers nos fiches produits, longtemps après que le catalogue a été jeté.',
      ],
      complements: ['eshop'],
    },
    {
      objective: 'sales',
      network: 'tiktok',
      statement: [
        'Room makeovers under €100 reach students who never receive our catalogue and think our shops are not for them.',
        'Des transformations de pièce à moins de 100 € touchent des étudiants qui ne reçoivent jamais notre catalogue et pensent que nos boutiques ne sont pas pour eux.',
      ],
      complements: ['catalogue'],
    },
    {
      objective: 'loyalty',
      network: 'facebook',
      statement: [
        'A members’ group where card holders share their decorating and vote for next season’s products: a conversation the weekly e-mail cannot hold.',
        'Un groupe réservé aux membres où les porteurs de carte partagent leurs réalisations et votent pour les produits de la saison suivante : un échange que l’e-mail hebdomadaire ne permet pas.',
      ],
      complements: ['emails'],
    },
    {
      objective: 'loyalty',
      network: 'instagram',
      statement: [
        'Stories that open new collections to card holders a day early and show the makers behind them, so a visit to the shop feels like an invitation.',
        'Des stories qui ouvrent les nouvelles collections aux porteurs de carte un jour plus tôt et présentent les artisans derrière elles : la visite en boutique devient une invitation.',
      ],
      complements: ['shops', 'emails'],
    },
    {
      objective: 'care',
      network: 'facebook',
      statement: [
        'Stock and delivery questions answered in Messenger in the evening and at weekends, when the phone line is closed.',
        'Des réponses dans Messenger aux questions de stock et de livraison le soir et le week-end, quand la ligne téléphonique est fermée.',
      ],
      complements: ['phone'],
    },
    {
      objective: 'care',
      network: 'instagram',
      statement: [
        'Questions asked under a product post are answered in public, so the next customer finds the answer without asking.',
        'Les questions posées sous une publication produit reçoivent une réponse publique : le client suivant trouve la réponse sans avoir à demander.',
      ],
      complements: ['phone', 'eshop'],
    },
  ],
  choices: [
    {
      network: 'instagram',
      chosen: true,
      rationale: [
        'All three audiences are there, and product tags lead straight to the online store.',
        'Nos trois audiences y sont, et l’identification des produits mène directement à la boutique en ligne.',
      ],
      objectives: ['sales', 'loyalty', 'care'],
      audiences: ['homemakers', 'regulars', 'students'],
    },
    {
      network: 'pinterest',
      chosen: true,
      rationale: [
        'People come to Pinterest to plan purchases; pins keep working for months.',
        'On vient sur Pinterest pour préparer un achat ; les épingles continuent d’agir pendant des mois.',
      ],
      objectives: ['sales'],
      audiences: ['homemakers'],
    },
    {
      network: 'facebook',
      chosen: true,
      rationale: [
        'Our loyal customers are there; groups and Messenger serve loyalty and customer care.',
        'Notre clientèle fidèle y est ; les groupes et Messenger servent la fidélisation et la relation client.',
      ],
      objectives: ['loyalty', 'care'],
      audiences: ['regulars'],
    },
    {
      network: 'tiktok',
      chosen: true,
      rationale: [
        'The only way to reach students who do not know us yet; a test for six months.',
        'Le seul moyen de toucher les étudiants qui ne nous connaissent pas encore ; un test de six mois.',
      ],
      objectives: ['sales'],
      audiences: ['students'],
    },
    {
      network: 'x',
      chosen: false,
      rationale: [
        'Our customers hardly use it, and an answer is expected there within 30 minutes, which would stretch our small team.',
        'Nos clients l’utilisent peu, et une réponse y est attendue sous 30 minutes, ce qui épuiserait notre petite équipe.',
      ],
      objectives: [],
      audiences: [],
    },
    {
      network: 'linkedin',
      chosen: false,
      rationale: [
        'Useful for hiring shop staff later, but no audience of ours comes to buy there.',
        'Utile plus tard pour recruter des vendeurs, mais aucune de nos audiences n’y vient pour acheter.',
      ],
      objectives: [],
      audiences: [],
    },
  ],
};
