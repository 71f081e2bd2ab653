import { Box, Table, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A chart with its text alternative: the drawing is hidden from assistive technology, and the same
 * figures are given as a table (read by screen readers, invisible on screen) under a caption that
 * also names the chart for sighted readers.
 */
export function ChartFigure({
  caption,
  columns,
  rows,
  children,
  showCaption = true,
}: {
  /** What the chart shows, its unit and period ("Engagements per week, 1 – 31 March"). */
  caption: string;
  columns: string[];
  rows: (string | number)[][];
  children: ReactNode;
  showCaption?: boolean;
}) {
  return (
    <Box component="figure" m={0}>
      <div aria-hidden="true">{children}</div>
      <VisuallyHidden>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                {r.map((cell, j) =>
                  j === 0 ? (
                    <th key={j} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={j}>{cell}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </VisuallyHidden>
      {showCaption && (
        <Text component="figcaption" size="xs" c="dimmed" mt={4} aria-hidden="true">
          {caption}
        </Text>
      )}
    </Box>
  );
}

/** A compact table for the figures of a tab, right-aligned numbers. */
export function FiguresTable({
  columns,
  rows,
  label,
}: {
  columns: { key: string; label: string; numeric?: boolean }[];
  rows: { key: string; cells: ReactNode[] }[];
  label: string;
}) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover verticalSpacing={6} aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => (
              <Table.Th key={c.key} ta={c.numeric ? 'right' : undefined}>
                {c.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.key}>
              {r.cells.map((cell, i) => (
                <Table.Td key={columns[i]?.key ?? i} ta={columns[i]?.numeric ? 'right' : undefined}>
                  {cell}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
