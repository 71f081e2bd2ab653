import { describe, expect, it } from 'vitest';
import { NEUTRAL, OBJECTIVE_PALETTE, chipColour, isCssColour, objectiveColourName } from './palette.js';

describe('chip colours', () => {
  it('gives each objective a stable palette colour', () => {
    const id = '0190f2c4-1111-7000-8000-000000000001';
    expect(objectiveColourName(id)).toBe(objectiveColourName(id));
    expect(OBJECTIVE_PALETTE).toContain(objectiveColourName(id));
    // Spread: a dozen different ids do not all share a colour.
    const colours = new Set(Array.from({ length: 12 }, (_, i) => objectiveColourName(`objective-${i}`)));
    expect(colours.size).toBeGreaterThan(4);
  });

  it('colours by objective or by the pillar colour of the editorial line', () => {
    const pillars = new Map([['p1', '#ff8800']]);
    const p = { objectiveId: 'o1', pillarId: 'p1' };
    expect(chipColour(p, 'objective', pillars)).toBe(`var(--mantine-color-${objectiveColourName('o1')}-6)`);
    expect(chipColour(p, 'pillar', pillars)).toBe('#ff8800');
    expect(chipColour({ objectiveId: null, pillarId: null }, 'objective', pillars)).toBe(NEUTRAL);
    expect(chipColour({ objectiveId: null, pillarId: null }, 'pillar', pillars)).toBe(NEUTRAL);
  });

  it('never puts an unchecked string in a style', () => {
    expect(isCssColour('#abc')).toBe(true);
    expect(isCssColour('#A0B1C2')).toBe(true);
    expect(isCssColour('red;background:url(x)')).toBe(false);
    const pillars = new Map([['p1', 'red;background:url(x)']]);
    expect(chipColour({ objectiveId: null, pillarId: 'p1' }, 'pillar', pillars)).toMatch(
      /^var\(--mantine-color-\w+-6\)$/,
    );
  });
});
