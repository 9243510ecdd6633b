// Model alignment -> Word alignment ("justify" is Word's "both").
import { AlignmentType } from 'docx';
import type { Alignment } from '../document/model';

const ALIGNMENTS = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

export const alignmentOf = (align: Alignment) => ALIGNMENTS[align];
