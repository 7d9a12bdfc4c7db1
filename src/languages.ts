// The editor languages a report is written in: the client (document selector, status bar, figures view, preview) and
// the server (which documents it checks) read this one list.
export const reportLanguageIds = ['markdown', 'plaintext'] as const;

/** The document's language is one a report is written in. */
export function isReportLanguage(languageId: string): boolean {
  return (reportLanguageIds as readonly string[]).includes(languageId);
}
