// The 数字核对 view: every figure of the active report by section, with its metric and the relations the rules
// checked (held, or a finding), so a writer sees what was checked and not only what failed. Click: the figure in the
// editor. The server answers fazhiReport/figures from its last check; the view asks again when the active editor
// changes and when new diagnostics arrive for it.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  figuresRequest, type FigureRelation, type FigureSection, type FiguresReply, type ReportFigure, type TextRange,
} from './server/figures-protocol';
import { isReportLanguage } from './languages';

export const figuresViewId = 'fazhiReport.figures';
export const refreshFiguresCommand = 'fazhiReport.refreshFigures';
const refreshDelayMs = 300;

export type FigureNode =
  | { kind: 'section'; uri: vscode.Uri; section: FigureSection }
  | { kind: 'figure'; uri: vscode.Uri; figure: ReportFigure };

export interface FiguresView extends vscode.TreeDataProvider<FigureNode> {
  /** Asks the server for the active report's figures again; resolves once the tree has them. */
  refresh(): Promise<void>;
}

export function registerFiguresView(context: vscode.ExtensionContext, client: LanguageClient, ready: Promise<void>): FiguresView {
  const changed = new vscode.EventEmitter<void>();
  let roots: FigureNode[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;
  let latest: Promise<void> | undefined;

  const provider: FiguresView = {
    onDidChangeTreeData: changed.event,
    getChildren: (node) => (!node ? roots : node.kind === 'section' ? node.section.figures.map((figure) => ({ kind: 'figure', uri: node.uri, figure })) : []),
    getTreeItem: (node) => (node.kind === 'section' ? sectionItem(node.uri, node.section) : figureItem(node.uri, node.figure)),
    refresh() {
      latest = load(++asked);
      return latest;
    },
  };
  async function load(request: number): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    let reply: FiguresReply | null = null;
    if (document && isReportLanguage(document.languageId)) {
      try {
        await ready;
        reply = await client.sendRequest<FiguresReply | null>(figuresRequest, { uri: client.code2ProtocolConverter.asUri(document.uri) });
      } catch {
        // The server is not running (or restarting): an empty view until it answers.
      }
    }
    // A later refresh (another editor, new diagnostics) started meanwhile: its answer wins, and is the one to wait for.
    if (request !== asked) return latest;
    roots = document && reply ? reply.sections.map((section) => ({ kind: 'section', uri: document.uri, section })) : [];
    view.message = roots.length ? undefined : reply
      ? vscode.l10n.t('No figures in this report.')
      : vscode.l10n.t('Open a report (Markdown or plain text) to see its figures and what was checked.');
    changed.fire();
  }
  const view = vscode.window.createTreeView(figuresViewId, { treeDataProvider: provider, showCollapseAll: true });
  const refreshSoon = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void provider.refresh();
    }, refreshDelayMs);
  };
  context.subscriptions.push(
    view,
    changed,
    { dispose: () => timer && clearTimeout(timer) },
    vscode.window.onDidChangeActiveTextEditor(refreshSoon),
    vscode.languages.onDidChangeDiagnostics((event) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && event.uris.some((uri) => uri.toString() === active)) refreshSoon();
    }),
    vscode.commands.registerCommand(refreshFiguresCommand, () => provider.refresh()),
  );
  refreshSoon();
  return provider;
}

function sectionItem(uri: vscode.Uri, section: FigureSection): vscode.TreeItem {
  const item = new vscode.TreeItem(section.title || vscode.l10n.t('Before the first heading'), vscode.TreeItemCollapsibleState.Expanded);
  const findings = section.figures.filter((f) => f.relations.some((r) => !r.holds)).length;
  item.description = findings
    ? vscode.l10n.t('{0} figures, {1} in findings', section.figures.length, findings)
    : vscode.l10n.t('{0} figures', section.figures.length);
  item.iconPath = new vscode.ThemeIcon('symbol-namespace');
  if (section.range) item.command = revealCommand(uri, section.range);
  return item;
}

function figureItem(uri: vscode.Uri, figure: ReportFigure): vscode.TreeItem {
  const value = `${String(Number(figure.value.toPrecision(12)))}${figure.percent ? '%' : ''}`;
  const item = new vscode.TreeItem(`${figure.text} · ${figure.metric || vscode.l10n.t('(no metric)')}`, vscode.TreeItemCollapsibleState.None);
  item.description = [
    figure.metric ? vscode.l10n.t('counts “{0}”', figure.metric) : '',
    vscode.l10n.t('value {0}', value),
    figure.approx ? vscode.l10n.t('approximate') : '',
  ].filter(Boolean).join(' · ');
  const finding = figure.relations.find((r) => !r.holds && r.severity === 'error') ?? figure.relations.find((r) => !r.holds);
  item.iconPath = finding
    ? new vscode.ThemeIcon(finding.severity === 'error' ? 'error' : 'warning', new vscode.ThemeColor(finding.severity === 'error' ? 'errorForeground' : 'editorWarning.foreground'))
    : figure.relations.length
      ? new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'))
      : new vscode.ThemeIcon('circle-outline', new vscode.ThemeColor('disabledForeground'));
  const lines = figure.relations.length
    ? figure.relations.map(describeRelation)
    : [figure.approx ? vscode.l10n.t('An approximate figure: not in exact arithmetic.') : vscode.l10n.t('No finding, and no checked relation recorded for it (sums, rates and shares that hold are listed; changes and other checks only when they are wrong).')];
  item.tooltip = new vscode.MarkdownString(lines.join('\n\n'), true);
  item.command = revealCommand(uri, figure.range);
  return item;
}

function describeRelation(relation: FigureRelation): string {
  const mark = relation.holds ? '$(pass)' : relation.severity === 'error' ? '$(error)' : '$(warning)';
  const message = relation.message.replace(/[\\`*_[\]<>#|$]/g, (c) => `\\${c}`);
  return `${mark} \`${relation.code}\` ${relation.holds ? vscode.l10n.t('held') : vscode.l10n.t('finding')}：${message}`;
}

function revealCommand(uri: vscode.Uri, range: TextRange): vscode.Command {
  const selection = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
  return { title: vscode.l10n.t('Show in Editor'), command: 'vscode.open', arguments: [uri, { selection } satisfies vscode.TextDocumentShowOptions] };
}
