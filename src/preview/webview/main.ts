// Script of the preview webview (bundled to dist/preview-webview.js as a browser IIFE, loaded with the page's nonce).
// It swaps in re-rendered pages without reloading, keeps the scroll position, syncs scrolling both ways and turns
// clicks on finding marks into "jump to source" requests. Document text reaches it only as HTML already escaped
// by renderHtml; it still drops anything executable before inserting a page (defence in depth behind the CSP).
import { parseHostMessage, type PreviewState, type WebviewMessage } from '../protocol';
import { monotonicAnchors, offsetForScrollTop, scrollTopForOffset, type Anchor } from '../source-map';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): unknown;
  setState(state: PreviewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

/** Blocks carry their source start offset (renderHtml with sourceMap: true). */
const BLOCK_SELECTOR = '[data-offset]';
/** Finding marks carry the marked text's source range in data-offset/data-end; the message is their title. */
const FINDING_SELECTOR = 'mark.finding[data-offset]';

const vscode = acquireVsCodeApi();
let sourceUri = '';
let anchors: Anchor[] | undefined;
/** Where our own last scroll landed: a scroll event there is its echo, not the user's, and is not reported. */
let programmaticScrollY: number | undefined;
let scrollFrame = 0;

function readOffset(element: Element, attribute: string): number | undefined {
  const value = Number(element.getAttribute(attribute));
  return Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

function currentAnchors(): Anchor[] {
  if (!anchors) {
    const measured: Anchor[] = [];
    for (const element of Array.from(document.querySelectorAll(BLOCK_SELECTOR))) {
      const offset = readOffset(element, 'data-offset');
      if (offset !== undefined) measured.push({ offset, top: element.getBoundingClientRect().top + window.scrollY });
    }
    anchors = monotonicAnchors(measured);
  }
  return anchors;
}

/** The A4 sheet is 210 mm wide; in a narrower panel, shrink it to fit rather than cut off the right margin. */
function fitPageToWidth(): void {
  const available = document.documentElement.clientWidth - 16;
  for (const sheet of Array.from(document.querySelectorAll<HTMLElement>('.page'))) {
    sheet.style.zoom = '';
    const width = sheet.offsetWidth;
    if (width > 0 && available > 0 && available < width) sheet.style.zoom = String(available / width);
  }
  anchors = undefined;
}

function scrollToOffset(offset: number): void {
  const top = scrollTopForOffset(currentAnchors(), offset);
  if (top === undefined) return;
  window.scrollTo(0, Math.max(0, top));
  programmaticScrollY = window.scrollY;
  saveState(offset);
}

function topOffset(): number | undefined {
  return offsetForScrollTop(currentAnchors(), window.scrollY);
}

function saveState(offset: number): void {
  if (sourceUri) vscode.setState({ uri: sourceUri, offset });
}

const executableElements = 'script, iframe, object, embed, link, meta, base, form';

/** Removes elements and attributes that could run code or load anything (renderHtml emits none of them). */
function sanitize(root: Element): void {
  for (const element of Array.from(root.querySelectorAll(executableElements))) element.remove();
  for (const element of Array.from(root.querySelectorAll('*'))) {
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      const value = attribute.value.trim().toLowerCase();
      if (name.startsWith('on') || ((name === 'href' || name === 'src' || name === 'xlink:href') && !value.startsWith('#'))) {
        element.removeAttribute(attribute.name);
      }
    }
  }
}

function render(html: string, offset: number | undefined): void {
  const keep = offset ?? topOffset();
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  sanitize(parsed.body);
  // Styles: update the text of our nonce'd style elements in place (new ones would be refused by the CSP).
  const newStyles = Array.from(parsed.head.querySelectorAll('style'));
  const oldStyles = Array.from(document.head.querySelectorAll('style'));
  newStyles.forEach((style, i) => {
    if (oldStyles[i] && oldStyles[i].textContent !== style.textContent) oldStyles[i].textContent = style.textContent;
  });
  document.body.className = parsed.body.className;
  document.body.replaceChildren(...Array.from(parsed.body.childNodes).map((node) => document.importNode(node, true)));
  decorateFindings();
  fitPageToWidth();
  if (keep === undefined) return;
  scrollToOffset(keep);
  // Fonts settle after the first layout (a restored panel measured too early opens at the top): place the page
  // once more when they are ready, unless the reader has scrolled meanwhile.
  const placedAt = programmaticScrollY;
  void document.fonts.ready.then(() => {
    if (placedAt === undefined || programmaticScrollY !== placedAt || Math.abs(window.scrollY - placedAt) >= 1) return;
    anchors = undefined;
    scrollToOffset(keep);
  });
}

/** Finding marks: reachable by keyboard, announced with their message. */
function decorateFindings(): void {
  for (const mark of Array.from(document.querySelectorAll(FINDING_SELECTOR))) {
    mark.setAttribute('tabindex', '0');
    mark.setAttribute('role', 'button');
  }
}

function jumpFrom(target: EventTarget | null, wholeBlock: boolean): boolean {
  if (!(target instanceof Element)) return false;
  const mark = target.closest(FINDING_SELECTOR);
  if (mark) {
    const start = readOffset(mark, 'data-offset');
    const end = readOffset(mark, 'data-end') ?? start;
    if (start !== undefined && end !== undefined && end >= start) {
      vscode.postMessage({ type: 'jump', start, end });
      return true;
    }
  }
  if (!wholeBlock) return false;
  const block = target.closest(BLOCK_SELECTOR);
  const offset = block ? readOffset(block, 'data-offset') : undefined;
  if (offset === undefined) return false;
  vscode.postMessage({ type: 'jump', start: offset, end: offset });
  return true;
}

window.addEventListener('message', (event: MessageEvent) => {
  const message = parseHostMessage(event.data);
  if (!message) return;
  if (message.type === 'render') {
    sourceUri = message.uri;
    render(message.html, message.offset);
    // Saved at once, not only on scroll: a reload right after opening still finds the report and the position.
    saveState(message.offset ?? topOffset() ?? 0);
  } else {
    scrollToOffset(message.offset);
  }
});

window.addEventListener('scroll', () => {
  if (scrollFrame) return;
  scrollFrame = requestAnimationFrame(() => {
    scrollFrame = 0;
    const offset = topOffset();
    if (offset === undefined) return;
    saveState(offset);
    // Every scroll event that leaves the view where the host put it is an echo (layout may fire more than one);
    // the first scroll elsewhere is the reader's.
    const echo = programmaticScrollY !== undefined && Math.abs(window.scrollY - programmaticScrollY) < 1;
    if (echo) return;
    programmaticScrollY = undefined;
    vscode.postMessage({ type: 'reveal', offset });
  });
}, { passive: true });

window.addEventListener('resize', () => {
  const offset = topOffset();
  fitPageToWidth();
  if (offset !== undefined) scrollToOffset(offset);
});

document.addEventListener('click', (event) => {
  if (jumpFrom(event.target, false)) event.preventDefault();
});

document.addEventListener('dblclick', (event) => {
  if (jumpFrom(event.target, true)) event.preventDefault();
});

document.addEventListener('keydown', (event) => {
  if ((event.key === 'Enter' || event.key === ' ') && jumpFrom(event.target, false)) event.preventDefault();
});

decorateFindings();
fitPageToWidth();
vscode.postMessage({ type: 'ready' });
