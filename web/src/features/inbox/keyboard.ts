/**
 * Keyboard work on the list, as pure functions: which command a key press means, and how the open
 * item and the ticked items change. The page wires them to the document and the API.
 */

export type Command = 'next' | 'prev' | 'assignToMe' | 'close' | 'toggle' | 'reply' | 'help' | 'escape';

/** The shortcuts, in the order the help popover lists them. */
export const SHORTCUTS: { keys: string; command: Command }[] = [
  { keys: 'j', command: 'next' },
  { keys: 'k', command: 'prev' },
  { keys: 'x', command: 'toggle' },
  { keys: 'a', command: 'assignToMe' },
  { keys: 'e', command: 'close' },
  { keys: 'r', command: 'reply' },
  { keys: '?', command: 'help' },
  { keys: 'Esc', command: 'escape' },
];

export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  /** True when the focus is in a field: typing a "j" in a reply must not move the list. */
  inField: boolean;
}

/** The command a key press means, or null when it is not a shortcut here. */
export function commandFor(e: KeyPress): Command | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (e.key === 'Escape') return 'escape';
  if (e.inField) return null;
  switch (e.key) {
    case 'j':
    case 'ArrowDown':
      return 'next';
    case 'k':
    case 'ArrowUp':
      return 'prev';
    case 'x':
      return 'toggle';
    case 'a':
      return 'assignToMe';
    case 'e':
      return 'close';
    case 'r':
      return 'reply';
    case '?':
      return 'help';
    default:
      return null;
  }
}

export interface ListState {
  /** The item open on the right. */
  activeId: string | null;
  /** The items ticked for a bulk action. */
  selected: string[];
}

export type ListAction =
  | { type: 'move'; ids: string[]; by: 1 | -1 }
  | { type: 'open'; id: string | null }
  | { type: 'toggle'; id: string }
  | { type: 'selectAll'; ids: string[] }
  | { type: 'clearSelection' }
  /** The list changed (filters, refresh): ticks on items no longer shown are dropped. */
  | { type: 'sync'; ids: string[] };

/** The list's open item and ticks after `action`. */
export function listReducer(state: ListState, action: ListAction): ListState {
  switch (action.type) {
    case 'move': {
      if (action.ids.length === 0) return state;
      const at = state.activeId === null ? -1 : action.ids.indexOf(state.activeId);
      // From nothing (or an item no longer listed), j opens the first and k the last.
      const next =
        at === -1
          ? action.by === 1
            ? 0
            : action.ids.length - 1
          : Math.min(action.ids.length - 1, Math.max(0, at + action.by));
      return { ...state, activeId: action.ids[next] ?? null };
    }
    case 'open':
      return { ...state, activeId: action.id };
    case 'toggle':
      return {
        ...state,
        selected: state.selected.includes(action.id)
          ? state.selected.filter((x) => x !== action.id)
          : [...state.selected, action.id],
      };
    case 'selectAll':
      return { ...state, selected: [...action.ids] };
    case 'clearSelection':
      return { ...state, selected: [] };
    case 'sync': {
      const kept = state.selected.filter((x) => action.ids.includes(x));
      return kept.length === state.selected.length ? state : { ...state, selected: kept };
    }
  }
}
