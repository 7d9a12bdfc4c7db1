// The server's word on each checked document, for the client's status bar (a plain notification: no LSP types, so
// the VS Code client imports this file too).
import type { ReportProfile } from '../core/rule';
import type { ResolvedProfile } from '../core/profile';

export const reportStatusNotification = 'fazhiReport/status';

export interface ReportStatus {
  uri: string;
  version: number;
  /** Checked at all: it looks like a report or matches fazhiReport.include, and fazhiReport.exclude does not match. */
  isReport: boolean;
  /** fazhiReport.exclude matches: the writer turned checking off for this file. */
  excluded: boolean;
  profile?: ReportProfile;
  profileSource?: ResolvedProfile['source'];
  issuer?: string;
}
