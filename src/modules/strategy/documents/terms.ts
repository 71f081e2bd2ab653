import type {
  ActionStatus,
  ExistingChannel,
  IndicatorKind,
  ObjectiveType,
  ObstacleFamily,
  ObstacleStatus,
  Priority,
  Segment,
} from '../strategy.model.js';
import type { NetworkFormat, ScaleTier } from '../catalogue/networks.js';

/**
 * The strategy's vocabulary in English and French: what the documents, the recommendation reasons
 * and any server-rendered text call each value of the model. The web app has its own i18n files;
 * these are for text produced on the server.
 */

export type Locale = 'en' | 'fr';
type Terms<K extends string> = Record<Locale, Record<K, string>>;

export const OBJECTIVE_TYPE_TERMS: Terms<ObjectiveType> = {
  en: {
    institutional: 'Institutional communication',
    customer_relations: 'Customer relations',
    prospecting: 'Prospecting',
    sales: 'Sales',
    loyalty: 'Loyalty',
    recruitment: 'Recruitment',
    employer_brand: 'Employer brand',
    internal: 'Internal communication',
    custom: 'Custom',
  },
  fr: {
    institutional: 'Communication institutionnelle',
    customer_relations: 'Relation client',
    prospecting: 'Prospection',
    sales: 'Ventes',
    loyalty: 'Fidélisation',
    recruitment: 'Recrutement',
    employer_brand: 'Marque employeur',
    internal: 'Communication interne',
    custom: 'Personnalisé',
  },
};

export const SEGMENT_TERMS: Terms<Segment> = {
  en: {
    b2b: 'Businesses (B2B)',
    b2c: 'Consumers (B2C)',
    candidates: 'Candidates',
    employees: 'Employees',
    partners: 'Partners',
    public_bodies: 'Public bodies',
    investors: 'Investors',
    media: 'Media',
    other: 'Other',
  },
  fr: {
    b2b: 'Entreprises (B2B)',
    b2c: 'Particuliers (B2C)',
    candidates: 'Candidats',
    employees: 'Salariés',
    partners: 'Partenaires',
    public_bodies: 'Organismes publics',
    investors: 'Investisseurs',
    media: 'Médias',
    other: 'Autre',
  },
};

export const PRIORITY_TERMS: Terms<Priority> = {
  en: { high: 'High', medium: 'Medium', low: 'Low' },
  fr: { high: 'Haute', medium: 'Moyenne', low: 'Basse' },
};

export const CHANNEL_TERMS: Terms<ExistingChannel> = {
  en: {
    event: 'Event',
    trade_fair: 'Trade fair',
    press: 'Press',
    print: 'Print',
    newsletter: 'Newsletter',
    website: 'Website',
    email: 'E-mail',
    phone_support: 'Phone support',
    shop: 'Shop',
    advertising: 'Advertising',
    social: 'Social media',
    other: 'Other',
  },
  fr: {
    event: 'Événement',
    trade_fair: 'Salon professionnel',
    press: 'Presse',
    print: 'Imprimé',
    newsletter: 'Lettre d’information',
    website: 'Site web',
    email: 'E-mail',
    phone_support: 'Assistance téléphonique',
    shop: 'Boutique',
    advertising: 'Publicité',
    social: 'Réseaux sociaux',
    other: 'Autre',
  },
};

export const ACTION_STATUS_TERMS: Terms<ActionStatus> = {
  en: { planned: 'Planned', in_progress: 'In progress', done: 'Done', cancelled: 'Cancelled' },
  fr: { planned: 'Prévue', in_progress: 'En cours', done: 'Terminée', cancelled: 'Annulée' },
};

export const OBSTACLE_FAMILY_TERMS: Terms<ObstacleFamily> = {
  en: {
    top_management: 'Top management',
    strategy: 'Strategy',
    measurement: 'Measurement (ROI/KPI)',
    resources: 'Resources',
    internal_processes: 'Internal processes',
    budget: 'Budget',
    other: 'Other',
  },
  fr: {
    top_management: 'Direction',
    strategy: 'Stratégie',
    measurement: 'Mesure (ROI/KPI)',
    resources: 'Ressources',
    internal_processes: 'Processus internes',
    budget: 'Budget',
    other: 'Autre',
  },
};

export const OBSTACLE_STATUS_TERMS: Terms<ObstacleStatus> = {
  en: { open: 'Open', mitigating: 'Mitigating', resolved: 'Resolved', accepted: 'Accepted' },
  fr: { open: 'Ouvert', mitigating: 'En traitement', resolved: 'Résolu', accepted: 'Accepté' },
};

export const INDICATOR_KIND_TERMS: Terms<IndicatorKind> = {
  en: {
    roi: 'ROI — return on investment',
    roa: 'ROA — return on attention',
    roni: 'RONI — risk of non-investment',
    process: 'Process',
  },
  fr: {
    roi: 'ROI — retour sur investissement',
    roa: 'ROA — retour sur attention',
    roni: 'RONI — risque de non-investissement',
    process: 'Processus',
  },
};

/** Short family names for table columns; the long ones are explained in the section intro. */
export const INDICATOR_KIND_SHORT: Terms<IndicatorKind> = {
  en: { roi: 'ROI', roa: 'ROA', roni: 'RONI', process: 'Process' },
  fr: { roi: 'ROI', roa: 'ROA', roni: 'RONI', process: 'Processus' },
};

export const FORMAT_TERMS: Terms<NetworkFormat> = {
  en: {
    text: 'text',
    image: 'image',
    carousel: 'carousel',
    video: 'video',
    short_video: 'short video',
    story: 'story',
    live: 'live',
    document: 'document',
    article: 'article',
    poll: 'poll',
    link: 'link',
    event: 'event',
    pin: 'pin',
    message: 'message',
    voice: 'voice',
    community_post: 'community post',
  },
  fr: {
    text: 'texte',
    image: 'image',
    carousel: 'carrousel',
    video: 'vidéo',
    short_video: 'vidéo courte',
    story: 'story',
    live: 'direct',
    document: 'document',
    article: 'article',
    poll: 'sondage',
    link: 'lien',
    event: 'événement',
    pin: 'épingle',
    message: 'message',
    voice: 'vocal',
    community_post: 'post communauté',
  },
};

export const LEVEL_TERMS: Terms<'strong' | 'good' | 'partial' | 'weak'> = {
  en: { strong: 'strong', good: 'good', partial: 'partial', weak: 'weak' },
  fr: { strong: 'forte', good: 'bonne', partial: 'partielle', weak: 'faible' },
};

export const SCALE_TERMS: Terms<ScaleTier> = {
  en: {
    very_large: 'Very large audience',
    large: 'Large audience',
    medium: 'Medium-sized audience',
    small: 'Small audience',
  },
  fr: {
    very_large: 'Très grande audience',
    large: 'Grande audience',
    medium: 'Audience moyenne',
    small: 'Petite audience',
  },
};

/** A value's term when it is one of the known keys, else the value itself (custom data stays readable). */
export function term<K extends string>(terms: Terms<K>, locale: Locale, key: string): string {
  const table = terms[locale] as Record<string, string>;
  return table[key] ?? key;
}
