import { metaAddressee } from '../../../src/core/rules/meta-addressee';
import { ruleTable } from '../rule-table';
import { edit, sample } from './structure-sample';

ruleTable(metaAddressee, {
  valid: [sample, edit(['市人民政府：', '中共嘉兴市委、嘉兴市人民政府：']), { name: 'no addressee', text: edit(['市人民政府：\n\n', '']) },
    { name: 'organs of different kinds parted by a comma', text: edit(['市人民政府：', '中共明湖市委员会，明湖市人民政府：']) }],
  invalid: [
    { name: 'half-width colon (慈溪, 海宁)', text: edit(['市人民政府：', '市人民政府:']),
      findings: [{ code: 'meta/addressee-colon', severity: 'warning', at: ':', message: '主送机关应以全角冒号“：”结尾，实为半角“:”', fixed: sample }] },
    { name: 'half-width colon after organs parted by a comma', text: edit(['市人民政府：', '中共明湖市委员会，明湖市人民政府:']),
      findings: [{ code: 'meta/addressee-colon', at: ':', message: '主送机关应以全角冒号“：”结尾，实为半角“:”',
        fixed: edit(['市人民政府：', '中共明湖市委员会，明湖市人民政府：']) }] },
  ],
});
