// Renderers of the report model: GB/T 9704 HTML (export and preview) and Word (.docx). Pure: no editor, no fs.
export { renderHtml, escapeHtml, type HtmlRenderOptions } from './html';
export { renderDocx, type DocxRenderOptions } from './docx';
export { buildRenderModel, type RenderModel, type RenderBlock, type InlineRun } from './model';
export type { FontOverrides, FontRole } from './gbt9704';
