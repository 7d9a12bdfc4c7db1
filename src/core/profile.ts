// Which kind of body wrote the report: a government (人民政府, 街道办事处) or a department (司法局, 卫健委…). The two
// profiles name item 2 differently (党政主要负责人 vs 主要负责人) and have different deadlines; the writer may set
// the profile, else it is read from the issuer in the title or the signature.
import type { ReportProfile } from './rule';
import type { ReportDocument } from './types';

export interface ResolvedProfile {
  profile: ReportProfile;
  /** 'setting': the writer chose it; 'issuer': read from the issuer's name; 'default': nothing to go on. */
  source: 'setting' | 'issuer' | 'default';
  issuer?: string;
}

// A government (or a body acting as one at its level) ends its name so; checked before the department endings,
// because 人民政府办公室 is a department and 街道办事处 is not.
const governmentRe = /(?:人民政府|政府|街道办事处|管理委员会|管委会)$/;
const departmentRe = /(?:局|委员会|委|办公室|办公厅|办|厅|署|中心|院|处)$/;
/** The issuer is what the title says before 关于 (…关于2024年法治政府建设情况的报告). */
const titleIssuerRe = /^(.{2,40}?)(?:关于|\d{4}年)/;

export function issuerOf(doc: ReportDocument): string | undefined {
  const title = doc.title ? doc.norm.slice(doc.title.contentSpan.start, doc.title.contentSpan.end).replace(/\s+/g, '') : '';
  const fromTitle = titleIssuerRe.exec(title)?.[1];
  if (fromTitle && kindOf(fromTitle)) return fromTitle;
  const signature = doc.signature ? doc.norm.slice(doc.signature.contentSpan.start, doc.signature.contentSpan.end) : '';
  const fromSignature = signature.split(/\r\n|\r|\n/).map((line) => line.replace(/\s+/g, '')).find((line) => kindOf(line));
  return fromSignature ?? fromTitle;
}

/** The profile of an issuer's name (新建年度报告 words item 2 by it); a name that says neither is a government's. */
export function profileOfIssuer(issuer: string): ReportProfile {
  return kindOf(issuer.trim()) ?? 'government';
}

function kindOf(issuer: string): ReportProfile | undefined {
  // Several issuers (联合报告: "某市人民政府 某市司法局"): the first decides.
  const first = issuer.split(/[、，,]/)[0];
  if (governmentRe.test(first)) return 'government';
  if (departmentRe.test(first)) return 'department';
  return undefined;
}

export function resolveProfile(doc: ReportDocument, setting: ReportProfile | 'auto' | undefined): ResolvedProfile {
  if (setting === 'government' || setting === 'department') return { profile: setting, source: 'setting' };
  const issuer = issuerOf(doc);
  const detected = issuer ? kindOf(issuer) : undefined;
  return detected ? { profile: detected, source: 'issuer', issuer } : { profile: 'government', source: 'default' };
}
