// Numbered and bulleted lists, nested. Each list node takes a fresh numbering instance so it counts from 1.
import type { IParagraphOptions, Paragraph } from 'docx';
import type { ListNode } from '../document/model';
import { alignmentOf } from './alignment';
import { makeParagraph } from './block-context';
import type { BlockContext } from './block-context';
import { paragraphRuns } from './inline-runs';
import { BULLETED_LIST, NUMBERED_LIST, maxListLevel } from './numbering';
import { BLANK_LINE, STYLE_IDS, TWIPS_PER_INCH } from './styles';

function listItemOptions(list: ListNode, context: BlockContext, level: number): IParagraphOptions[] {
  const numbered = list.type === 'numbered-list';
  const reference = numbered ? NUMBERED_LIST : BULLETED_LIST;
  const instance = context.nextListInstance();
  const out: IParagraphOptions[] = [];
  for (const item of list.children) {
    let first = true;
    for (const child of item.children) {
      if (child.type !== 'paragraph') {
        out.push(...listItemOptions(child, context, Math.min(level + 1, maxListLevel)));
        continue;
      }
      // The item's first paragraph carries the number; a later one is indented under it, unnumbered.
      out.push({
        style: numbered ? STYLE_IDS.listNumber : STYLE_IDS.listBullet,
        children: paragraphRuns(child.children, context),
        ...(first
          ? { numbering: { reference, level, instance, custom: true } }
          : { indent: { left: (TWIPS_PER_INCH / 2) * (level + 1) } }),
        ...(child.align ? { alignment: alignmentOf(child.align) } : {}),
      });
      first = false;
    }
  }
  return out;
}

export function listParagraphs(list: ListNode, context: BlockContext): Paragraph[] {
  const options = listItemOptions(list, context, 0);
  // Items sit close together; the list as a whole is followed by a blank line like any paragraph.
  return options.map((option, index) =>
    makeParagraph(
      context,
      index === options.length - 1 ? { ...option, spacing: { after: BLANK_LINE } } : option,
    ),
  );
}
