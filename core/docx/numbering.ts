// List numbering. Every list in the document gets its own numbering instance (its own w:num with a start
// override), so a second numbered list starts again at 1 in Word and LibreOffice alike.
import { AlignmentType, LevelFormat } from 'docx';
import type { ILevelsOptions, INumberingOptions } from 'docx';
import { TWIPS_PER_INCH } from './styles';

export const NUMBERED_LIST = 'counsel-numbered';
export const BULLETED_LIST = 'counsel-bulleted';

const LEVELS = 9;
const NUMBER_FORMATS = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN] as const;
const BULLETS = ['\u2022', '\u25E6', '\u25AA'] as const;

/** Text starts half an inch further in at each level; the number or bullet hangs a quarter inch before it. */
const indentFor = (level: number) => ({
  left: (TWIPS_PER_INCH / 2) * (level + 1),
  hanging: TWIPS_PER_INCH / 4,
});

function numberedLevel(level: number): ILevelsOptions {
  return {
    level,
    format: NUMBER_FORMATS[level % NUMBER_FORMATS.length],
    text: `%${level + 1}.`,
    alignment: AlignmentType.LEFT,
    start: 1,
    style: { paragraph: { indent: indentFor(level) } },
  };
}

function bulletLevel(level: number): ILevelsOptions {
  return {
    level,
    format: LevelFormat.BULLET,
    text: BULLETS[level % BULLETS.length],
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: indentFor(level) } },
  };
}

export function numberingDefinitions(): INumberingOptions {
  const levels = Array.from({ length: LEVELS }, (_unused, level) => level);
  return {
    config: [
      { reference: NUMBERED_LIST, levels: levels.map(numberedLevel) },
      { reference: BULLETED_LIST, levels: levels.map(bulletLevel) },
    ],
  };
}

/** Hands out a fresh instance number for each list, so no list continues another's numbering. */
export function createListInstances(): () => number {
  let next = 0;
  return () => {
    next += 1;
    return next;
  };
}

export const maxListLevel = LEVELS - 1;
