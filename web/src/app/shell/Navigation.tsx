import { NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { NAV_SECTIONS, NAVIGATION, type NavEntry } from '../registry.js';
import { useWorkspace } from '../workspace.js';

/** The sidebar: NAVIGATION entries the role allows, grouped by section. */
export function Navigation({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const { id, may } = useWorkspace();
  const { pathname } = useLocation();
  const base = `/w/${id}`;
  const visible = NAVIGATION.filter((e) => may(e.action));
  const isActive = (e: NavEntry) => {
    const to = e.path ? `${base}/${e.path}` : base;
    return e.path
      ? pathname === to || pathname.startsWith(`${to}/`)
      : pathname === base || pathname === `${base}/`;
  };

  return (
    <ScrollArea type="scroll" style={{ flex: 1 }}>
      <nav aria-label={t('nav.label')}>
        <Stack gap="md">
          {NAV_SECTIONS.map((section) => {
            const entries = visible.filter((e) => e.section === section);
            if (!entries.length) return null;
            return (
              <div key={section}>
                {section !== 'overview' && (
                  <Text
                    size="xs"
                    fw={600}
                    c="dimmed"
                    tt="uppercase"
                    px="sm"
                    mb={4}
                    style={{ letterSpacing: 0.4 }}
                  >
                    {t(`nav.sections.${section}`)}
                  </Text>
                )}
                {entries.map((e) => (
                  <NavLink
                    key={e.path}
                    component={Link}
                    to={e.path ? `${base}/${e.path}` : base}
                    label={t(e.label)}
                    leftSection={<e.icon size={18} />}
                    active={isActive(e)}
                    onClick={onNavigate}
                    variant="light"
                    style={{ borderRadius: 8 }}
                    fw={500}
                  />
                ))}
              </div>
            );
          })}
        </Stack>
      </nav>
    </ScrollArea>
  );
}
