import { z } from 'zod';
import { zId, zLanguage, zNetworkId, zStringList, zText, zTitle } from '../common.schemas.js';

const zShare = z.number().min(0, 'A share is at least 0 %').max(100, 'A share is at most 100 %');
const zColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Use a colour such as #1f6feb');

/** A content pillar as returned and exported. */
export const zContentPillar = z.object({
  id: zId,
  name: zTitle,
  description: zText(2000).default(''),
  targetShare: zShare,
  sensitive: z.boolean().default(false),
  colour: zColour.nullable().default(null),
});

/** How often to post on one network. */
export const zPostingFrequency = z.object({
  networkId: zNetworkId,
  postsPerWeek: z.number().min(0).max(200),
});

const lists = {
  formats: zStringList,
  dos: zStringList,
  donts: zStringList,
  wordsToAvoid: zStringList,
  requiredHashtags: zStringList,
  requiredMentions: zStringList,
  languages: z.array(zLanguage).max(30),
};

/** Step 6 as returned and exported (missing lists default to empty). */
export const zEditorialLine = z.object({
  tone: zText(2000).default(''),
  image: zText(2000).default(''),
  pillars: z.array(zContentPillar).max(30).default([]),
  frequencies: z.array(zPostingFrequency).max(40).default([]),
  formats: lists.formats.default([]),
  dos: lists.dos.default([]),
  donts: lists.donts.default([]),
  wordsToAvoid: lists.wordsToAvoid.default([]),
  requiredHashtags: lists.requiredHashtags.default([]),
  requiredMentions: lists.requiredMentions.default([]),
  languages: lists.languages.default([]),
});

/**
 * PUT /editorial-line: the whole line. A pillar sent with its `id` keeps it (posts will point at
 * pillars), one without gets a new id, one left out is deleted. Shares need not sum to 100 yet: that
 * is a completeness gap, so a half-written line can be saved.
 */
export const zEditorialLinePut = z.strictObject({
  tone: zText(2000).default(''),
  image: zText(2000).default(''),
  pillars: z
    .array(
      z.strictObject({
        id: zId.optional(),
        name: zTitle,
        description: zText(2000).default(''),
        targetShare: zShare,
        sensitive: z.boolean().default(false),
        colour: zColour.nullable().default(null),
      }),
    )
    .max(30)
    .default([]),
  frequencies: z.array(z.strictObject(zPostingFrequency.shape)).max(40).default([]),
  formats: lists.formats.default([]),
  dos: lists.dos.default([]),
  donts: lists.donts.default([]),
  wordsToAvoid: lists.wordsToAvoid.default([]),
  requiredHashtags: lists.requiredHashtags.default([]),
  requiredMentions: lists.requiredMentions.default([]),
  languages: lists.languages.default([]),
});
