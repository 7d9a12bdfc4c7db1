// Diagnostics (what the Problems panel shows, published by the language server) mapped back to engine findings
// with UTF-16 offsets, so the preview marks exactly what the editor squiggles. Structural types keep this
// module free of vscode so it is unit-tested directly.
import type { Position } from '../core/text';
import type { Finding, Severity } from '../core/types';

/** The language server's diagnostic source (src/server). */
export const DIAGNOSTIC_SOURCE = 'fazhi-report';

export interface DiagnosticLike {
  range: { start: Position; end: Position };
  message: string;
  /** vscode.DiagnosticSeverity: Error 0, Warning 1, Information 2, Hint 3. */
  severity: number;
  code?: string | number | { value: string | number };
  source?: string;
}

const severities: Severity[] = ['error', 'warning', 'information', 'hint'];

export function findingsFromDiagnostics(
  diagnostics: readonly DiagnosticLike[],
  /** The document's own position → offset mapping (it knows its line breaks). */
  offsetOf: (position: Position) => number,
): Finding[] {
  const findings: Finding[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
    const start = offsetOf(diagnostic.range.start);
    const end = Math.max(start, offsetOf(diagnostic.range.end));
    const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
    findings.push({
      code: code === undefined ? '' : String(code),
      severity: severities[diagnostic.severity] ?? 'warning',
      message: diagnostic.message,
      span: { start, end },
      fixes: [],
      related: [],
    });
  }
  return findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}
