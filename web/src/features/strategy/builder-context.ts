import { createContext, useContext } from 'react';
import type { Department, Member } from '../../api/types.js';
import type { useStrategyWrites } from './strategy.api.js';
import type { Catalogue, Localized, Snapshot } from './strategy.types.js';

export interface Option {
  value: string;
  label: string;
}

/** What every step of the builder needs: the draft, who may write, the writes, and the pick lists. */
export interface Builder {
  ws: string;
  write: boolean;
  publish: boolean;
  snapshot: Snapshot;
  catalogue: Catalogue;
  members: Member[];
  departments: Department[];
  currency: string;
  writes: ReturnType<typeof useStrategyWrites>;
  /** The item a completeness gap pointed at, to open and scroll to. */
  focusId: string | null;
  /** Text in the interface language. */
  loc: (text: Localized) => string;
  lang: 'en' | 'fr';
  options: {
    objectives: Option[];
    audiences: Option[];
    existingActions: Option[];
    networks: Option[];
    actions: Option[];
    members: Option[];
    /** Members and departments, grouped, for RACI cells. */
    people: { group: string; items: Option[] }[];
  };
}

export const BuilderContext = createContext<Builder | null>(null);

/** The builder state of the strategy page. */
export function useBuilder(): Builder {
  const b = useContext(BuilderContext);
  if (!b) throw new Error('useBuilder() outside the strategy builder');
  return b;
}
