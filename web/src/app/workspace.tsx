import { useQuery } from '@tanstack/react-query';
import { createContext, useContext, type ReactNode } from 'react';
import { get } from '../api/client.js';
import { keys, wsPath } from '../api/paths.js';
import type { Abilities, Action, Role, Workspace, WorkspaceView } from '../api/types.js';

export interface WorkspaceState {
  id: string;
  workspace: Workspace;
  role: Role;
  can: Abilities;
  /** Roles the signed-in person may grant here, as the server computes them. */
  grantableRoles: Role[];
  /** Whether the policy lets the signed-in person do `action` here (the server enforces it again). */
  may: (action: Action) => boolean;
}

const Ctx = createContext<WorkspaceState | null>(null);

/** Loads GET /workspaces/:ws (the workspace, the caller's role and `can`). */
export function useWorkspaceQuery(workspaceId: string) {
  return useQuery({
    queryKey: keys.workspace(workspaceId),
    queryFn: () => get<WorkspaceView>(wsPath(workspaceId)),
    staleTime: 60_000,
    retry: false,
  });
}

/** Provides the loaded workspace to every page of the shell. */
export function WorkspaceProvider({ view, children }: { view: WorkspaceView; children: ReactNode }) {
  const state: WorkspaceState = {
    id: view.data.id,
    workspace: view.data,
    role: view.role,
    can: view.can,
    grantableRoles: view.grantableRoles,
    may: (action) => view.can[action] === true,
  };
  return <Ctx.Provider value={state}>{children}</Ctx.Provider>;
}

/** The workspace of the current page, or null outside one (a header drawn before it loads). */
export function useOptionalWorkspace(): WorkspaceState | null {
  return useContext(Ctx);
}

/** The workspace the current page belongs to. */
export function useWorkspace(): WorkspaceState {
  const s = useContext(Ctx);
  if (!s) throw new Error('useWorkspace() used outside a workspace route');
  return s;
}
