import { readBio } from '../bio';
import type { FrameEnv } from '../frames/types';
import type { RuleContext } from '../harness';

// A guests section heads each bio with the person's name, the bio quoted below it (a photo may stand between):
//   ### 张三                 **李四**：
//   ![](photo.png)           > 某某科技创始人，Foo 项目 PMC 成员，…
//   > 某某公司技术专家，前某某软件首席工程师，…
// The quote names no one, so it is the headed person's: their affiliations are read from it. Only names the
// document already holds as people head a bio; the quote must be the first block with text after the name.

const LOOKAHEAD = 3;

export function headedBioAffiliations(ctx: RuleContext, env: FrameEnv): void {
  env.blocks.forEach((b, i) => {
    if (b.kind !== 'heading' && b.kind !== 'paragraph') return;
    const name = b.text.replace(/[:：\s]+$/u, '').trim();
    if (name.length < 2 || name.length > 30) return;
    const person = ctx.findPerson(name);
    if (!person) return;
    for (let j = i + 1; j < env.blocks.length && j <= i + LOOKAHEAD; j++) {
      const next = env.blocks[j];
      if (next.text.trim() === '') continue;
      if (next.kind === 'quote' && !next.text.includes(name))
        readBio(ctx, person.name, next.offsets[0], next.offsets[next.text.length], 'headedBioRule');
      return;
    }
  });
}
