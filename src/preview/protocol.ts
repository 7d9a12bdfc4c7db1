// Messages between the extension host and the preview webview. The webview is untrusted input for the host
// (it renders document text), so every message it sends is validated before use.

/** Host → webview. */
export type HostMessage =
  /** Replace the rendered page (full HTML document from renderHtml); keep the reading position at `offset`. */
  | { type: 'render'; html: string; version: number; uri: string; offset?: number }
  /** The editor scrolled: bring the block containing this source offset to the top of the preview. */
  | { type: 'scrollTo'; offset: number };

/** What the webview keeps across reloads (vscode.setState) and the panel serializer restores from. */
export interface PreviewState {
  uri: string;
  offset: number;
}

/** Webview → host. */
export type WebviewMessage =
  | { type: 'ready' }
  /** The preview scrolled: this source offset is now at its top. */
  | { type: 'reveal'; offset: number }
  /** A click on a finding (or a double-click on text): select this source range in the editor. */
  | { type: 'jump'; start: number; end: number };

const isOffset = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

export function parseWebviewMessage(raw: unknown): WebviewMessage | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const message = raw as Record<string, unknown>;
  switch (message.type) {
    case 'ready':
      return { type: 'ready' };
    case 'reveal':
      return isOffset(message.offset) ? { type: 'reveal', offset: message.offset } : undefined;
    case 'jump':
      return isOffset(message.start) && isOffset(message.end) && message.end >= message.start
        ? { type: 'jump', start: message.start, end: message.end }
        : undefined;
    default:
      return undefined;
  }
}

export function parseHostMessage(raw: unknown): HostMessage | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const message = raw as Record<string, unknown>;
  if (message.type === 'scrollTo') return isOffset(message.offset) ? { type: 'scrollTo', offset: message.offset } : undefined;
  if (message.type === 'render' && typeof message.html === 'string' && typeof message.version === 'number' && typeof message.uri === 'string') {
    const offset = isOffset(message.offset) ? message.offset : undefined;
    return { type: 'render', html: message.html, version: message.version, uri: message.uri, offset };
  }
  return undefined;
}
