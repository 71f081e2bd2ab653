/** What every part of the calendar needs from the page: zone, colours, rights, navigation and moves. */
import { createContext, useContext } from 'react';
import type { CalendarPost } from './calendar.types.js';
import type { PlacedPost } from './layout.js';

export interface CalendarContext {
  /** The zone everything is shown in: the person's, else the workspace's. */
  timeZone: string;
  canPublish: boolean;
  canWrite: boolean;
  colourOf: (post: CalendarPost) => string;
  /** The locale dates and times are written in (the interface language, in the browser's region). */
  locale: string;
  /** Formats a wall-clock 'HH:mm' in that locale. */
  time: (hhmm: string) => string;
  openPost: (postId: string) => void;
  /** Opens the composer pre-set to a wall-clock time 'YYYY-MM-DDTHH:mm'. */
  newPostAt: (local: string) => void;
  /** Moves a post to a wall-clock time (optimistic, rolled back on failure). */
  move: (placed: PlacedPost, local: string) => void;
  /** Opens the accessible "Move to…" dialog. */
  askMove: (placed: PlacedPost) => void;
  /** The chip being dragged, so drop targets can accept it (dataTransfer is unreadable during dragover). */
  dragging: PlacedPost | null;
  setDragging: (p: PlacedPost | null) => void;
}

export const CalendarCtx = createContext<CalendarContext | null>(null);

/** The calendar's shared state; only used below CalendarPage. */
export function useCalendar(): CalendarContext {
  const c = useContext(CalendarCtx);
  if (!c) throw new Error('useCalendar() used outside the calendar page');
  return c;
}
