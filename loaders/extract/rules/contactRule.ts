import { normalizeName } from '../../../src/model/ids';
import type { Rule } from '../harness';
import { isChineseName } from '../names';

// Contacts printed with an address: "讲师申请 请联系丁一琼 dingyiqiong@qiniu.com".
// The mail domain names the organization when the catalog knows it (qiniu → 七牛云).

const CONTACT =
  /(?:(\S{2,8})\s+)?(?:请?联系|联系人)\s*[:：]?\s*(\p{Script=Han}{2,4})\s*[:：]?\s*[（(]?\s*([\w.+-]+@([\w-]+)\.[\w.-]+)/gu;

export const contactRule: Rule = {
  name: 'contactRule',
  run(ctx) {
    for (const line of ctx.lines) {
      if (!line.text.includes('联系') || !line.text.includes('@')) continue;
      for (const m of line.text.matchAll(CONTACT)) {
        read(m, line.start);
      }
    }
    function read(m: RegExpMatchArray, offset: number) {
      const name = m[2];
      if (!isChineseName(name, ctx.lex)) return;
      const start = offset + (m.index ?? 0) + m[0].indexOf(name);
      const span = { start, end: start + name.length };
      ctx.person(name, span, 'contactRule');
      const org = ctx.kn.orgKeys.get(normalizeName(m[4]));
      if (org) {
        ctx.org(org.name, span, 'contactRule');
        ctx.affiliation(name, org.name, m[1] ? `${m[1]}联系人` : '联系人', span, 'contactRule');
      }
    }
  },
};
