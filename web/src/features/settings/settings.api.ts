import { useMutation, useQueryClient } from '@tanstack/react-query';
import { patch } from '../../api/client.js';
import { keys, wsPath } from '../../api/paths.js';
import type { BusinessHours, DataOf, Locale, Workspace } from '../../api/types.js';

export interface WorkspacePatch {
  name?: string;
  timeZone?: string;
  currency?: string;
  locale?: Locale;
  businessHours?: BusinessHours;
}

/** PATCH /workspaces/:ws; the shell's copy and the session's workspace list follow. */
export function useUpdateWorkspace(ws: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: WorkspacePatch) => patch<DataOf<Workspace>>(wsPath(ws), body),
    onSuccess: async () => {
      await Promise.all([
        qc.invalidateQueries({ queryKey: keys.workspace(ws), exact: true }),
        qc.invalidateQueries({ queryKey: keys.session }),
      ]);
    },
  });
}
