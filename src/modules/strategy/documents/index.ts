/** The strategy's outputs: the document (Markdown, PDF) and the one-page executive briefing (PDF). */
export { renderStrategyMarkdown } from './markdown.js';
export { renderStrategyPdf } from './strategy-pdf.js';
export { renderBriefingPdf } from './briefing-pdf.js';
export { briefingContent, type BriefingContent } from './briefing-content.js';
export type { RenderOptions } from './format.js';
