// The figures view (数字核对) in a real VS Code: the sample report's figures by section, each with the relations it
// takes part in, and a click that selects the figure in the editor.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { FigureNode } from '../../../src/figures-view';
import { activateExtension, openFile, waitForDiagnostics, withCode } from './util';

describe('the figures view', () => {
  it('lists the figures of the sample report by section: 126 under （二） with its figure/sum finding; a click selects it', async () => {
    const api = await activateExtension();
    const editor = await openFile('sample-report.md');
    await waitForDiagnostics(editor.document.uri, withCode('figure/sum'));
    await api.figures.refresh();
    const sections = (await api.figures.getChildren()) ?? [];
    const labelOf = async (node: FigureNode) => {
      const label = (await api.figures.getTreeItem(node)).label;
      return typeof label === 'string' ? label : label?.label ?? '';
    };
    const titles = await Promise.all(sections.map(labelOf));
    const section = sections[titles.indexOf('（二）健全依法行政制度体系')];
    assert.ok(section, `no section （二）健全依法行政制度体系 among: ${titles.join(' | ')}`);
    const figures = (await api.figures.getChildren(section)) ?? [];
    const labels = await Promise.all(figures.map(labelOf));
    const total = figures[labels.findIndex((l) => l.startsWith('126件 · '))];
    assert.ok(total, `no 126件 among: ${labels.join(' | ')}`);
    const item = await api.figures.getTreeItem(total);
    assert.match(String(item.label), /126件 · .*规范性文件/);
    const tooltip = item.tooltip instanceof vscode.MarkdownString ? item.tooltip.value : String(item.tooltip);
    assert.match(tooltip, /figure\/sum/);
    assert.match(tooltip, /92\+21\+12=125/);
    assert.strictEqual((item.iconPath as vscode.ThemeIcon).id, 'error');
    // A figure no rule related is shown too, with its own state.
    const reviewed = figures[labels.findIndex((l) => l.startsWith('37件 · '))];
    assert.ok(reviewed);
    assert.strictEqual(((await api.figures.getTreeItem(reviewed)).iconPath as vscode.ThemeIcon).id, 'circle-outline');

    assert.ok(item.command);
    await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
    const active = vscode.window.activeTextEditor;
    assert.ok(active);
    assert.strictEqual(active.document.getText(active.selection), '126件');
  });
});
