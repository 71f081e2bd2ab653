import { Stack } from '@mantine/core';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useWorkspace } from '../../app/workspace.js';
import type { Range } from './analytics.api.js';
import { ExecutivePanel } from './ExecutivePanel.js';
import { HeadlinePanel } from './HeadlinePanel.js';
import { SeriesPanel } from './SeriesPanel.js';

/** The period at a glance: ROI / ROA / RONI headline, the trend of the period, the management summary. */
export function OverviewTab({ range }: { range: Range }) {
  const { id } = useWorkspace();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  return (
    <Stack gap="lg">
      <HeadlinePanel
        range={range}
        onRisk={() =>
          void navigate({
            pathname: `/w/${encodeURIComponent(id)}/analytics/risk`,
            search: params.toString(),
          })
        }
      />
      <SeriesPanel key={`${range.from}:${range.to}`} range={range} />
      <ExecutivePanel range={range} />
    </Stack>
  );
}
