// The figures of a report, for the client's figures view: every figure with its metric and the relations the rules
// checked, grouped by the section it is under (a plain request: no LSP types, so the VS Code client imports this file).

export const figuresRequest = 'fazhiReport/figures';

export interface FiguresParams {
  uri: string;
}

/** Zero-based line and UTF-16 character, as in LSP. */
export interface TextRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export interface FigureRelation {
  /** The rule code that checked it ("figure/sum"). */
  code: string;
  /** Checked and found to hold; false: a finding. */
  holds: boolean;
  /** The finding's severity (findings only). */
  severity?: 'error' | 'warning' | 'information' | 'hint';
  /** What was checked, with its arithmetic (the finding's message, or what held). */
  message: string;
}

export interface ReportFigure {
  range: TextRange;
  /** The figure as written ("126件", "99.51%"). */
  text: string;
  value: number;
  unit: string;
  percent: boolean;
  approx: boolean;
  /** The noun phrase it counts ("规范性文件"); may be ''. */
  metric: string;
  relations: FigureRelation[];
}

export interface FigureSection {
  /** The heading with its 层次序数 ("（二）推进依法科学民主决策"); '' for the figures before the first heading. */
  title: string;
  /** The heading (absent for the figures before the first heading). */
  range?: TextRange;
  figures: ReportFigure[];
}

export interface FiguresReply {
  /** The document version the ranges are in; figures inside regions edited since the last check are left out. */
  version: number;
  sections: FigureSection[];
}
