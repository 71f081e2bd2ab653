import type { TemplateContext } from '../builder.js';

/** A 900-employee regional logistics company that must hire drivers and warehouse staff: steps 1–5. */
export const CONTEXT: TemplateContext = {
  id: 'recruitment',
  name: ['Recruitment and employer brand', 'Recrutement et marque employeur'],
  description: [
    'A company that struggles to hire: real jobs shown by the people who do them, employees as ambassadors, candidates answered fast.',
    'Une entreprise qui peine à recruter : les vrais métiers montrés par ceux qui les font, des salariés ambassadeurs, des candidats qui ont vite une réponse.',
  ],
  title: ['Veloria Transport — recruitment strategy', 'Veloria Transport — stratégie de recrutement'],
  summary: [
    'Veloria Transport (900 employees, 14 depots) delivers for retailers across the region. We need 120 drivers and warehouse operators this year and a handful of young engineers; job boards bring few applicants and agencies are expensive. Social media must show the real jobs through the people who do them, let employees carry the message, and answer candidates before a competitor does.',
    'Veloria Transport (900 salariés, 14 dépôts) livre pour la grande distribution dans toute la région. Il nous faut 120 conducteurs et préparateurs cette année et quelques jeunes ingénieurs ; les sites d’emploi apportent peu de candidats et les agences coûtent cher. Les réseaux sociaux doivent montrer les vrais métiers par ceux qui les exercent, faire des salariés nos porte-parole et répondre aux candidats avant un concurrent.',
  ],
  objectives: [
    {
      key: 'hire',
      type: 'recruitment',
      title: [
        'Hire 120 drivers and warehouse operators',
        'Recruter 120 conducteurs et préparateurs de commandes',
      ],
      description: [
        'One in three hires should come from social media or an employee referral, at half the cost of an agency hire.',
        'Un recrutement sur trois doit venir des réseaux sociaux ou d’une cooptation, pour moitié moins cher qu’un recrutement par agence.',
      ],
      priority: 'high',
      months: [0, 11],
    },
    {
      key: 'brand',
      type: 'employer_brand',
      title: ['Be seen as a good employer in the region', 'Être vu comme un bon employeur dans la région'],
      description: [
        'People in the region associate Veloria with stable jobs, modern trucks and respect for drivers.',
        'Les habitants de la région associent Veloria à des emplois stables, des camions modernes et le respect des conducteurs.',
      ],
      priority: 'high',
      months: [0, 11],
    },
    {
      key: 'pride',
      type: 'internal',
      title: ['Make employees proud ambassadors', 'Faire des salariés des ambassadeurs fiers'],
      description: [
        'Employees see their depot on our accounts, share it and recommend friends.',
        'Les salariés voient leur dépôt sur nos comptes, le partagent et recommandent leurs proches.',
      ],
      priority: 'low',
      months: [0, 11],
    },
  ],
  audiences: [
    {
      key: 'drivers',
      name: ['Drivers and warehouse operators', 'Conducteurs et préparateurs de commandes'],
      segment: 'candidates',
      description: [
        'Licensed drivers and warehouse staff, often working for a competitor or a temp agency, who decide on pay, hours and atmosphere.',
        'Conducteurs titulaires du permis et préparateurs, souvent chez un concurrent ou en intérim, qui choisissent sur le salaire, les horaires et l’ambiance.',
      ],
      ages: [22, 50],
      places: [['Hauts-de-France', 'Hauts-de-France']],
      languages: ['fr'],
      interests: [
        ['Trucks and equipment', 'Camions et équipement'],
        ['Work-life balance', 'Équilibre vie pro et vie perso'],
      ],
      needs: [
        ['Pay and schedules stated upfront', 'Salaire et horaires annoncés d’emblée'],
        ['Apply from a phone in two minutes', 'Postuler depuis un téléphone en deux minutes'],
      ],
      pains: [
        ['Applications that never get an answer', 'Des candidatures restées sans réponse'],
        ['Long forms asking for a CV', 'De longs formulaires qui exigent un CV'],
      ],
      presentOn: ['facebook', 'tiktok', 'youtube'],
      objectives: ['hire', 'brand'],
    },
    {
      key: 'graduates',
      name: ['Young logistics graduates', 'Jeunes diplômés en logistique'],
      segment: 'candidates',
      description: [
        'Engineering and business-school graduates choosing between a large group and a regional company.',
        'Diplômés d’écoles d’ingénieurs et de commerce qui hésitent entre un grand groupe et une entreprise régionale.',
      ],
      ages: [21, 28],
      places: [
        ['Lille', 'Lille'],
        ['Arras', 'Arras'],
      ],
      languages: ['fr', 'en'],
      interests: [
        ['Supply chain', 'Chaîne logistique'],
        ['Low-carbon transport', 'Transport bas carbone'],
      ],
      needs: [['Responsibility early on', 'Des responsabilités rapidement']],
      pains: [
        ['Seeing logistics as an old-fashioned sector', 'Voir la logistique comme un secteur vieillot'],
      ],
      presentOn: ['linkedin', 'instagram'],
      objectives: ['hire', 'brand'],
    },
    {
      key: 'staff',
      name: ['Our employees', 'Nos salariés'],
      segment: 'employees',
      description: [
        'Drivers, operators and office staff across the 14 depots; most rarely see the head office.',
        'Conducteurs, préparateurs et personnel de bureau des 14 dépôts ; la plupart voient rarement le siège.',
      ],
      ages: [20, 62],
      places: [['Hauts-de-France', 'Hauts-de-France']],
      languages: ['fr'],
      interests: [
        ['News from their depot', 'Les nouvelles de leur dépôt'],
        ['Recognition', 'La reconnaissance'],
      ],
      needs: [['Be heard and recognised', 'Être écoutés et reconnus']],
      pains: [['Feeling forgotten on the road', 'Se sentir oubliés sur la route']],
      presentOn: ['facebook', 'linkedin'],
      objectives: ['pride'],
    },
  ],
  existing: [
    {
      key: 'boards',
      name: ['Job boards', 'Sites d’emploi'],
      channel: 'advertising',
      frequency: ['Continuous', 'En continu'],
      owner: ['Recruitment manager', 'Responsable recrutement'],
      description: [
        'Paid ads on three job boards; about 15 applications a month for 10 openings.',
        'Annonces payantes sur trois sites d’emploi ; environ 15 candidatures par mois pour 10 postes.',
      ],
      audiences: ['drivers', 'graduates'],
      objectives: ['hire'],
    },
    {
      key: 'fairs',
      name: ['Job fairs and school forums', 'Forums emploi et forums écoles'],
      channel: 'event',
      frequency: ['Six a year', 'Six par an'],
      owner: ['Recruitment manager', 'Responsable recrutement'],
      description: [
        'A stand with a truck simulator at regional job fairs and two engineering-school forums.',
        'Un stand avec simulateur de conduite sur les forums emploi régionaux et deux forums d’écoles d’ingénieurs.',
      ],
      audiences: ['drivers', 'graduates'],
      objectives: ['hire', 'brand'],
    },
    {
      key: 'referral',
      name: ['Referral bonus', 'Prime de cooptation'],
      channel: 'other',
      frequency: ['Permanent', 'Permanente'],
      owner: ['HR director', 'Directrice des ressources humaines'],
      description: [
        '€500 for an employee whose referral stays six months; little known outside head office.',
        '500 € pour un salarié dont le candidat coopté reste six mois ; peu connue hors du siège.',
      ],
      audiences: ['staff'],
      objectives: ['hire', 'pride'],
    },
    {
      key: 'intranet',
      name: ['Internal newsletter', 'Lettre interne'],
      channel: 'newsletter',
      frequency: ['Monthly', 'Mensuelle'],
      owner: ['Internal communication officer', 'Chargé de communication interne'],
      description: [
        'A PDF e-mailed and pinned in the depots; read mostly by office staff.',
        'Un PDF envoyé par e-mail et affiché dans les dépôts ; lu surtout par le personnel de bureau.',
      ],
      audiences: ['staff'],
      objectives: ['pride'],
    },
    {
      key: 'careers',
      name: ['Careers page', 'Page carrières'],
      channel: 'website',
      frequency: ['Updated weekly', 'Mise à jour chaque semaine'],
      owner: ['Recruitment manager', 'Responsable recrutement'],
      description: [
        'Open positions and a form that requires a CV.',
        'Les postes ouverts et un formulaire qui exige un CV.',
      ],
      audiences: ['drivers', 'graduates'],
      objectives: ['hire'],
    },
  ],
  valueAdded: [
    {
      objective: 'hire',
      network: 'facebook',
      statement: [
        'Local job posts with pay and hours, shared in town groups, reach drivers who never open a job board, and they can apply by message without a CV.',
        'Des offres locales avec salaire et horaires, relayées dans les groupes de communes, touchent des conducteurs qui n’ouvrent jamais un site d’emploi, et ils postulent par message sans CV.',
      ],
      complements: ['boards', 'careers'],
    },
    {
      objective: 'hire',
      network: 'linkedin',
      statement: [
        'Graduates check what a company is like before a school forum; our engineers’ posts give them a reason to come to the stand.',
        'Les diplômés regardent à quoi ressemble une entreprise avant un forum école ; les publications de nos ingénieurs leur donnent une raison de venir au stand.',
      ],
      complements: ['fairs'],
    },
    {
      objective: 'brand',
      network: 'tiktok',
      statement: [
        'A driver filming his own route shows the job as it is, which no job ad or forum stand can do.',
        'Un conducteur qui filme sa propre tournée montre le métier tel qu’il est, ce qu’aucune annonce ni stand de forum ne peut faire.',
      ],
      complements: ['fairs', 'boards'],
    },
    {
      objective: 'brand',
      network: 'instagram',
      statement: [
        'Our electric trucks and new depots, seen by young graduates who still picture logistics as diesel and paperwork.',
        'Nos camions électriques et nos nouveaux dépôts, vus par de jeunes diplômés qui imaginent encore la logistique faite de diesel et de paperasse.',
      ],
      complements: ['careers'],
    },
    {
      objective: 'pride',
      network: 'facebook',
      statement: [
        'Depot teams see themselves on the company page and share it with family, which the PDF newsletter pinned in the break room never achieves.',
        'Les équipes des dépôts se voient sur la page de l’entreprise et la partagent en famille, ce que la lettre PDF affichée en salle de pause n’obtient jamais.',
      ],
      complements: ['intranet', 'referral'],
    },
    {
      objective: 'pride',
      network: 'linkedin',
      statement: [
        'Managers and office staff celebrate milestones publicly, so the referral bonus becomes a conversation rather than a rule in the handbook.',
        'Encadrants et personnel de bureau célèbrent publiquement les réussites : la prime de cooptation devient un sujet de conversation plutôt qu’une règle du livret d’accueil.',
      ],
      complements: ['referral'],
    },
  ],
  choices: [
    {
      network: 'facebook',
      chosen: true,
      rationale: [
        'Where drivers and depot staff are, in local groups; it serves hiring and internal pride.',
        'Là où sont les conducteurs et le personnel des dépôts, dans les groupes locaux ; il sert le recrutement et la fierté interne.',
      ],
      objectives: ['hire', 'pride'],
      audiences: ['drivers', 'staff'],
    },
    {
      network: 'tiktok',
      chosen: true,
      rationale: [
        'Day-in-the-life videos travel far among young drivers and warehouse workers.',
        'Les vidéos « une journée avec » circulent largement chez les jeunes conducteurs et préparateurs.',
      ],
      objectives: ['brand'],
      audiences: ['drivers'],
    },
    {
      network: 'linkedin',
      chosen: true,
      rationale: [
        'Graduates and managers are there; employees’ posts carry the referral message.',
        'Les diplômés et les encadrants y sont ; les publications des salariés portent le message de cooptation.',
      ],
      objectives: ['hire', 'pride'],
      audiences: ['graduates', 'staff'],
    },
    {
      network: 'instagram',
      chosen: true,
      rationale: [
        'Young graduates discover employers there; the visual side of our new trucks fits it.',
        'Les jeunes diplômés y découvrent les employeurs ; le côté visuel de nos nouveaux camions s’y prête.',
      ],
      objectives: ['brand'],
      audiences: ['graduates'],
    },
    {
      network: 'x',
      chosen: false,
      rationale: [
        'Candidates do not look for jobs there, and questions there expect an answer within 30 minutes.',
        'Les candidats n’y cherchent pas d’emploi, et les questions y attendent une réponse sous 30 minutes.',
      ],
      objectives: [],
      audiences: [],
    },
    {
      network: 'youtube',
      chosen: false,
      rationale: [
        'Drivers watch it, but TikTok and Facebook carry our short videos further for less production work.',
        'Les conducteurs la regardent, mais TikTok et Facebook portent plus loin nos vidéos courtes pour moins de production.',
      ],
      objectives: [],
      audiences: [],
    },
  ],
};
