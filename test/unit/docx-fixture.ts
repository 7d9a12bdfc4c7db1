// Word drafts built the way writers make them — headings numbered by Word's automatic Chinese list, a table, the
// 落款 and date parted by a line break, a reviewer's comment and tracked changes — next to the same report as text.
import {
  AlignmentType, CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, Document, InsertedTextRun,
  LevelFormat, LevelSuffix, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';

export type Item =
  | { heading: 1 | 2 | 3; text: string }
  | { text: string }
  | { table: string[][] };

const cnDigits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

export const sampleItems: Item[] = [
  { text: '某县人民政府关于2023年度法治政府建设情况的报告' },
  { text: '市人民政府：' },
  { text: '2023年，我县坚持以习近平法治思想为指导，全面推进法治政府建设。现将有关情况报告如下。' },
  { heading: 1, text: '2023年推进法治政府建设的主要举措和成效' },
  { heading: 2, text: '依法全面履行政府职能' },
  { text: '开展规范性文件集中清理，共清理规范性文件126件，保留92件，修改21件，废止12件。' },
  { heading: 3, text: '深化放管服改革' },
  { heading: 3, text: '推行告知承诺制' },
  { heading: 2, text: '严格规范公正文明执法' },
  { heading: 3, text: '开展案卷评查' },
  { text: '组织行政执法案卷评查，共评查案卷200卷，其中优秀卷60卷，合格卷140卷，优秀卷占35%。' },
  { table: [['项目', '数量'], ['行政复议', '120件'], ['行政诉讼', '45件']] },
  { heading: 1, text: '存在的不足和原因' },
  { text: '一是基层法治力量薄弱。二是执法规范化水平不均衡。' },
  { heading: 1, text: '党政主要负责人履行推进法治建设第一责任人职责情况' },
  { text: '县委、县政府主要负责人认真履行第一责任人职责。' },
  { heading: 1, text: '2024年推进法治政府建设的主要安排' },
  { text: '2024年，我县将继续深化法治政府建设。' },
  { heading: 1, text: '其他需要报告的情况' },
  { text: '无。' },
];

export const signature = '某县人民政府';
export const signatureDate = '2024年2月28日';

/** The report as a writer would paste it as plain text: markers typed, one paragraph a line. */
export function plainText(items: Item[] = sampleItems): string {
  const counters = [0, 0, 0];
  const lines = items.map((item) => {
    if ('table' in item) return item.table.map((row) => row.join('\t')).join('\n');
    if (!('heading' in item)) return item.text;
    counters[item.heading - 1]++;
    for (let k = item.heading; k < 3; k++) counters[k] = 0;
    const n = counters[item.heading - 1];
    const marker = item.heading === 1 ? `${cnDigits[n]}、` : item.heading === 2 ? `（${cnDigits[n]}）` : `${n}.`;
    return marker + item.text;
  });
  return [...lines, signature, signatureDate].join('\n') + '\n';
}

export interface DocxExtras {
  /** A reviewer's comment around this text (must be a whole paragraph of `items`). */
  commentOn?: string;
  /** Tracked changes in the first body paragraph: an insertion kept, a deletion dropped. */
  trackedChanges?: boolean;
  /** The 落款 and the 成文日期, one paragraph parted by a line break (Shift+Enter). */
  closing?: [string, string];
}

/** The same report as a Word document: headings numbered automatically (一、/（一）/1.), markers not in the text. */
export async function reportDocx(items: Item[] = sampleItems, extras: DocxExtras = {}): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  const changeDate = '2024-03-01T08:00:00Z';
  for (const item of items) {
    if ('table' in item) {
      children.push(new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: item.table.map((row) => new TableRow({ children: row.map((cell) => new TableCell({ children: [new Paragraph(cell)] })) })),
      }));
    } else if ('heading' in item) {
      children.push(new Paragraph({ numbering: { reference: 'levels', level: item.heading - 1 }, children: [new TextRun(item.text)] }));
    } else if (extras.commentOn === item.text) {
      children.push(new Paragraph({ children: [new CommentRangeStart(0), new TextRun(item.text), new CommentRangeEnd(0), new TextRun({ children: [new CommentReference(0)] })] }));
    } else if (extras.trackedChanges && item.text.startsWith('2023年，我县')) {
      const cut = item.text.indexOf('全面推进');
      children.push(new Paragraph({
        children: [
          new TextRun(item.text.slice(0, cut)),
          new DeletedTextRun({ text: '删去的文字', id: 1, author: '审核人', date: changeDate }),
          new InsertedTextRun({ text: item.text.slice(cut, cut + 4), id: 2, author: '审核人', date: changeDate }),
          new TextRun(item.text.slice(cut + 4)),
        ],
      }));
    } else {
      children.push(new Paragraph({ alignment: item.text.endsWith('报告') ? AlignmentType.CENTER : undefined, children: [new TextRun(item.text)] }));
    }
  }
  const [issuer, date] = extras.closing ?? [signature, signatureDate];
  children.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun(issuer), new TextRun({ text: date, break: 1 })] }));
  const doc = new Document({
    numbering: {
      config: [{
        reference: 'levels',
        levels: [
          { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', suffix: LevelSuffix.NOTHING },
          { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', suffix: LevelSuffix.NOTHING },
          { level: 2, format: LevelFormat.DECIMAL, text: '%3.', suffix: LevelSuffix.NOTHING },
        ],
      }],
    },
    comments: extras.commentOn ? { children: [{ id: 0, author: '审核人', date: new Date(changeDate), children: [new Paragraph('请核对数字')] }] } : undefined,
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}
