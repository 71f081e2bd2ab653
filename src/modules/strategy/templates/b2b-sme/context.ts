import type { TemplateContext } from '../builder.js';

/** A 60-person maker of industrial sensors that sells to plants through a small sales team: steps 1–5. */
export const CONTEXT: TemplateContext = {
  id: 'b2b-sme',
  name: ['B2B SME', 'PME B2B'],
  description: [
    'An industrial SME that sells to other businesses: prospecting on LinkedIn, expertise on video, local recruitment.',
    'Une PME industrielle qui vend à des entreprises : prospection sur LinkedIn, expertise en vidéo, recrutement local.',
  ],
  title: ['Capteo — social media strategy', 'Capteo — stratégie réseaux sociaux'],
  summary: [
    'Capteo (60 people) designs and installs sensors that predict machine breakdowns. Sales come from trade fairs and word of mouth; between two fairs, prospects forget us. Social media must keep the conversation going with plant managers, show our expertise, and help us hire field technicians.',
    'Capteo (60 personnes) conçoit et installe des capteurs qui anticipent les pannes de machines. Les ventes viennent des salons et du bouche-à-oreille ; entre deux salons, les prospects nous oublient. Les réseaux sociaux doivent entretenir le dialogue avec les responsables d’usine, montrer notre expertise et nous aider à recruter des techniciens terrain.',
  ],
  objectives: [
    {
      key: 'leads',
      type: 'prospecting',
      title: [
        'Generate qualified leads from plant managers',
        'Générer des contacts qualifiés auprès des responsables d’usine',
      ],
      description: [
        'Sixty requests for a site audit over the year, each traced back to the post or campaign that brought it.',
        'Soixante demandes d’audit de site sur l’année, chacune rattachée à la publication ou à la campagne qui l’a apportée.',
      ],
      priority: 'high',
      months: [0, 11],
    },
    {
      key: 'expertise',
      type: 'institutional',
      title: [
        'Be known as the predictive-maintenance expert',
        'Être reconnu comme l’expert de la maintenance prédictive',
      ],
      description: [
        'Trade press, training centres and prospects quote our engineers when they talk about predictive maintenance.',
        'La presse spécialisée, les centres de formation et les prospects citent nos ingénieurs quand ils parlent de maintenance prédictive.',
      ],
      priority: 'medium',
      months: [0, 11],
    },
    {
      key: 'hiring',
      type: 'recruitment',
      title: ['Hire four field technicians', 'Recruter quatre techniciens terrain'],
      description: [
        'Four permanent technicians hired within six months, with fewer agency fees than last year.',
        'Quatre techniciens en CDI recrutés en six mois, avec moins de frais de cabinet que l’an dernier.',
      ],
      priority: 'low',
      months: [0, 5],
    },
  ],
  audiences: [
    {
      key: 'managers',
      name: ['Plant and maintenance managers', 'Responsables d’usine et de maintenance'],
      segment: 'b2b',
      description: [
        'Run sites of 50 to 500 people in food, plastics and metalworking; they decide or strongly influence the purchase.',
        'Dirigent des sites de 50 à 500 personnes dans l’agroalimentaire, la plasturgie et la métallurgie ; ils décident ou pèsent fortement sur l’achat.',
      ],
      ages: [35, 60],
      places: [
        ['France', 'France'],
        ['Belgium', 'Belgique'],
        ['Switzerland', 'Suisse'],
      ],
      languages: ['fr'],
      interests: [
        ['Predictive maintenance', 'Maintenance prédictive'],
        ['Energy costs', 'Coûts de l’énergie'],
        ['Industry 4.0', 'Industrie 4.0'],
      ],
      needs: [
        ['Fewer unplanned stoppages', 'Moins d’arrêts non planifiés'],
        ['Figures to justify an investment', 'Des chiffres pour justifier un investissement'],
      ],
      pains: [
        ['No time for vendor meetings', 'Pas de temps pour les rendez-vous commerciaux'],
        ['Distrust of marketing promises', 'Méfiance envers les promesses marketing'],
      ],
      presentOn: ['linkedin', 'youtube'],
      objectives: ['leads', 'expertise'],
    },
    {
      key: 'buyers',
      name: ['Industrial buyers and integrators', 'Acheteurs industriels et intégrateurs'],
      segment: 'b2b',
      description: [
        'Compare suppliers and build the shortlist; integrators resell and install our sensors in larger projects.',
        'Comparent les fournisseurs et établissent la liste restreinte ; les intégrateurs revendent et installent nos capteurs dans de plus grands projets.',
      ],
      ages: [30, 55],
      places: [['France', 'France']],
      languages: ['fr'],
      interests: [
        ['Supplier reliability', 'Fiabilité des fournisseurs'],
        ['Total cost of ownership', 'Coût total de possession'],
      ],
      needs: [['Clear specifications and references', 'Des spécifications claires et des références']],
      pains: [['Long approval chains', 'Des circuits de validation longs']],
      presentOn: ['linkedin'],
      objectives: ['leads'],
    },
    {
      key: 'technicians',
      name: ['Maintenance technicians', 'Techniciens de maintenance'],
      segment: 'candidates',
      description: [
        'Qualified electromechanics technicians in the region, often employed elsewhere and open to a better job.',
        'Techniciens électromécaniciens qualifiés de la région, souvent en poste ailleurs et ouverts à un meilleur emploi.',
      ],
      ages: [20, 35],
      places: [['Auvergne-Rhône-Alpes, France', 'Auvergne-Rhône-Alpes, France']],
      languages: ['fr'],
      interests: [
        ['Hands-on technology', 'Technologie concrète'],
        ['Career progression', 'Évolution professionnelle'],
      ],
      needs: [
        ['Know the team and the daily work', 'Connaître l’équipe et le quotidien'],
        ['Salary and travel conditions', 'Salaire et conditions de déplacement'],
      ],
      pains: [['Job ads that all look the same', 'Des offres d’emploi toutes identiques']],
      presentOn: ['facebook', 'youtube', 'instagram'],
      objectives: ['hiring'],
    },
  ],
  existing: [
    {
      key: 'fairs',
      name: ['Industrial trade fairs', 'Salons industriels'],
      channel: 'trade_fair',
      frequency: ['Twice a year', 'Deux fois par an'],
      owner: ['Sales director', 'Directeur commercial'],
      description: [
        'A stand with live sensor demonstrations; about 150 conversations per fair, followed up by phone.',
        'Un stand avec démonstrations de capteurs en direct ; environ 150 échanges par salon, relancés par téléphone.',
      ],
      audiences: ['managers', 'buyers'],
      objectives: ['leads'],
    },
    {
      key: 'newsletter',
      name: ['Technical newsletter', 'Lettre technique'],
      channel: 'newsletter',
      frequency: ['Quarterly', 'Trimestrielle'],
      owner: ['Marketing officer', 'Chargée de marketing'],
      description: [
        'Sent to 1,800 customers and prospects: a customer case, a technical tip and product news.',
        'Envoyée à 1 800 clients et prospects : un cas client, une astuce technique et les nouveautés produit.',
      ],
      audiences: ['managers', 'buyers'],
      objectives: ['leads', 'expertise'],
    },
    {
      key: 'website',
      name: ['Website with case studies', 'Site web avec études de cas'],
      channel: 'website',
      frequency: ['Updated monthly', 'Mis à jour chaque mois'],
      owner: ['Marketing officer', 'Chargée de marketing'],
      description: [
        'Product pages, eight downloadable case studies and a site-audit request form.',
        'Pages produits, huit études de cas téléchargeables et un formulaire de demande d’audit.',
      ],
      audiences: ['managers', 'buyers'],
      objectives: ['leads', 'expertise'],
    },
    {
      key: 'jobboards',
      name: ['Job boards and employment agency', 'Sites d’emploi et agence pour l’emploi'],
      channel: 'advertising',
      frequency: ['For each opening', 'À chaque poste ouvert'],
      owner: ['HR manager', 'Responsable RH'],
      description: [
        'Paid job ads on two job boards and the public employment service; few qualified applicants.',
        'Annonces payantes sur deux sites d’emploi et au service public de l’emploi ; peu de candidats qualifiés.',
      ],
      audiences: ['technicians'],
      objectives: ['hiring'],
    },
  ],
  valueAdded: [
    {
      objective: 'leads',
      network: 'linkedin',
      statement: [
        'Trade fairs give us two meetings a year; LinkedIn keeps us in front of plant managers the other fifty weeks, with one-minute results they can forward to their finance director.',
        'Les salons nous offrent deux rendez-vous par an ; LinkedIn nous garde sous les yeux des responsables d’usine les cinquante autres semaines, avec des résultats lisibles en une minute qu’ils peuvent transmettre à leur directeur financier.',
      ],
      complements: ['fairs', 'newsletter'],
    },
    {
      objective: 'leads',
      network: 'youtube',
      statement: [
        'A filmed installation answers “will it work in my plant?” better than any brochure: prospects see the sensor fitted, the dashboard, and the technician explaining.',
        'Une installation filmée répond mieux que toute brochure à la question « est-ce que ça marchera dans mon usine ? » : le prospect voit la pose du capteur, le tableau de bord et le technicien qui explique.',
      ],
      complements: ['website'],
    },
    {
      objective: 'expertise',
      network: 'linkedin',
      statement: [
        'Our engineers sign short technical notes under their own names, so our know-how reaches people who have never opened the newsletter.',
        'Nos ingénieurs signent de courtes notes techniques en leur nom : notre savoir-faire touche des personnes qui n’ont jamais ouvert la lettre technique.',
      ],
      complements: ['newsletter'],
    },
    {
      objective: 'expertise',
      network: 'youtube',
      statement: [
        'An explainer series on predictive maintenance that trade magazines and training centres can embed, which our static web pages never were.',
        'Une série pédagogique sur la maintenance prédictive que magazines spécialisés et centres de formation peuvent intégrer, ce que nos pages web statiques n’ont jamais permis.',
      ],
      complements: ['website'],
    },
    {
      objective: 'hiring',
      network: 'facebook',
      statement: [
        'Local groups and employee testimonials reach technicians who are not looking at job boards, and show the team they would join.',
        'Les groupes locaux et les témoignages de salariés touchent des techniciens qui ne consultent pas les sites d’emploi, et montrent l’équipe qu’ils rejoindraient.',
      ],
      complements: ['jobboards'],
    },
    {
      objective: 'hiring',
      network: 'linkedin',
      statement: [
        'Each employee who shares an opening puts it in front of peers who know the trade: referrals that paid ads cannot buy.',
        'Chaque salarié qui partage une offre la met sous les yeux de pairs qui connaissent le métier : une cooptation qu’aucune annonce payante ne peut acheter.',
      ],
      complements: ['jobboards'],
    },
  ],
  choices: [
    {
      network: 'linkedin',
      chosen: true,
      rationale: [
        'Our plant managers and buyers are there and use it at work; it serves all three objectives.',
        'Nos responsables d’usine et nos acheteurs y sont et l’utilisent au travail ; il sert les trois objectifs.',
      ],
      objectives: ['leads', 'expertise', 'hiring'],
      audiences: ['managers', 'buyers', 'technicians'],
    },
    {
      network: 'youtube',
      chosen: true,
      rationale: [
        'Video is the best proof of an installation, and YouTube videos are found through search for years.',
        'La vidéo est la meilleure preuve d’une installation, et les vidéos YouTube se retrouvent par la recherche pendant des années.',
      ],
      objectives: ['leads', 'expertise'],
      audiences: ['managers'],
    },
    {
      network: 'facebook',
      chosen: true,
      rationale: [
        'Used for recruitment only: regional groups are where technicians talk about jobs.',
        'Utilisé pour le recrutement seulement : les groupes régionaux sont l’endroit où les techniciens parlent d’emploi.',
      ],
      objectives: ['hiring'],
      audiences: ['technicians'],
    },
    {
      network: 'x',
      chosen: false,
      rationale: [
        'Our audiences are hardly there, and its users expect an answer within 30 minutes, which our team cannot promise.',
        'Nos audiences y sont peu présentes, et ses utilisateurs attendent une réponse sous 30 minutes, ce que notre équipe ne peut pas garantir.',
      ],
      objectives: [],
      audiences: [],
    },
    {
      network: 'instagram',
      chosen: false,
      rationale: [
        'Attractive for technicians, but we lack the visual production it needs; to reconsider next year.',
        'Attractif pour les techniciens, mais nous n’avons pas la production visuelle qu’il exige ; à reconsidérer l’an prochain.',
      ],
      objectives: [],
      audiences: [],
    },
  ],
};
