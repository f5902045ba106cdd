// The public API of cvpress: named exports of every pipeline stage, the batch engine and the model types.

// Model: types, options, errors, warnings.
export type * from './model/types.js';
export { SECTION_KEYS } from './model/types.js';
export type { PaperFormat, ConfigRule, CvpressConfig, RenderOptions } from './model/options.js';
export { DEFAULT_OPTIONS } from './model/options.js';
export * from './model/errors.js';
export type { CvWarning } from './model/warning.js';
export { createWarning } from './model/warning.js';
export type { ParseResult, ExplainEntry, SourceKind } from './model/parse-result.js';
export { defineConfig } from './model/define-config.js';
export { resolveOptions, type OptionLayers } from './model/resolve-options.js';
export { loadConfig } from './model/load-config.js';
export { resolveLang } from './model/resolve-lang.js';
export { detectScriptLang } from './model/detect-script-lang.js';
export { findLexicon } from './model/lexicon/find-lexicon.js';
export type { Lexicon } from './model/lexicon/lexicon-types.js';

// Parse.
export { readSource } from './parse/read-source.js';
export { parseMarkdown } from './parse/parse-markdown.js';
export { parseJsonResume, type ParseJsonResumeOptions } from './parse/parse-json-resume.js';
export { normalizeJsonResume, type NormalizedJsonResume } from './parse/normalize-json-resume.js';
export { findSchemaProblems } from './parse/find-schema-problems.js';
export { LEGACY_FIELDS } from './parse/json-resume-legacy-fields.js';
export { parseResume } from './parse/parse-resume.js';
export { findLostWords } from './parse/find-lost-words.js';

// Theme.
export type { Theme, ThemeManifest, FitBounds, JsonResumeThemeModule } from './theme/theme-types.js';
export { loadTheme } from './theme/load-theme.js';
export { listThemes } from './theme/list-themes.js';
export { findJsonResumeTheme } from './theme/find-json-resume-theme.js';
export { listJsonResumeThemes, type JsonResumeThemeEntry } from './theme/list-json-resume-themes.js';
export { loadJsonResumeTheme } from './theme/load-json-resume-theme.js';
export { renderJsonResumeTheme } from './theme/render-json-resume-theme.js';
export { localizeThemeHtml } from './theme/localize-theme-html.js';
export { renderHtml } from './theme/render-html.js';
export { selectFonts, type FontSelection } from './theme/select-fonts.js';
export type { FontCoverage, ScriptFonts } from './theme/font-source-types.js';
export { renderMarkdown } from './theme/render-markdown.js';
export { sanitizeHtml } from './theme/sanitize-html.js';
export { initTheme } from './theme/init-theme.js';

// Print and stamp.
export type { PrintOptions, PrintResult } from './print/print-types.js';
export { findBrowser } from './print/find-browser.js';
export { launchBrowser } from './print/launch-browser.js';
export { printPdf } from './print/print-pdf.js';
export { resolveAsset, type AssetRoots, type ResolvedAsset, type RefusedAsset } from './print/resolve-asset.js';
export { stampMetadata } from './stamp/stamp-metadata.js';

// The web page (render --html) and the ATS check (cvpress check, render --check).
export { exportHtml, type ExportHtmlOptions, type ExportedHtml } from './export/export-html.js';
export { buildJsonLd } from './export/build-json-ld.js';
export { extractPdfText } from './check/extract-pdf-text.js';
export { checkPdf, type CheckPdfOptions } from './check/check-pdf.js';
export type { CheckResult, CheckMiss, ExtractionProblem, PdfText, PdfTextPage, PdfTextItem } from './check/check-types.js';

// Orchestration.
export { renderResume, type RenderResult, type RenderResumeOptions } from './batch/render-resume.js';
export { renderBatch, type BatchRun } from './batch/render-batch.js';
export type { BatchOptions, BatchResult, BatchSummary, BatchError, BatchJob, Shard, BatchHtml, BatchCheck } from './batch/batch-types.js';
export { expandInputs } from './batch/expand-inputs.js';
export { planOutputs } from './batch/plan-outputs.js';
export { shardJobs } from './batch/shard-jobs.js';
export { parseShard } from './batch/parse-shard.js';
export { readVersion } from './batch/read-version.js';

// Live preview (cvpress preview).
export { startPreview } from './preview/start-preview.js';
export type { PreviewOptions, PreviewHandle, PreviewState, PreviewPage, PreviewProblem, PreviewEvents } from './preview/preview-types.js';
