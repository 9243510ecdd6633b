// The document's styles, under Word's own style ids and names, so an office's Word template (or "Apply
// styles from template") restyles an exported letter the way it restyles one typed in Word.
import { AlignmentType, DocumentDefaults } from 'docx';
import type {
  IParagraphStyleOptions,
  IParagraphStylePropertiesOptions,
  IStylesOptions,
  XmlElement,
} from 'docx';
import { xmlComponent, xmlElement as element } from './xml-element';

export const STYLE_IDS = {
  normal: 'Normal',
  title: 'Title',
  heading: { 1: 'Heading1', 2: 'Heading2', 3: 'Heading3' },
  quote: 'Quote',
  listNumber: 'ListNumber',
  listBullet: 'ListBullet',
  header: 'Header',
  footer: 'Footer',
  table: 'TableGrid',
} as const;

/** Twentieths of a point: Word's unit for spacing and indents. One inch is 1440. */
export const TWIPS_PER_INCH = 1440;
/** One blank line of 12-point text, the space a typist leaves between paragraphs. */
export const BLANK_LINE = 240;

export interface FontChoice {
  font: string;
  /** Half-points, Word's unit for font size. */
  size: number;
}

const fontFamily = (font: string) => ({ ascii: font, hAnsi: font, cs: font, eastAsia: font });

const paragraphStyle = (id: string, name: string, rest: Omit<IParagraphStyleOptions, 'id' | 'name'>) => ({
  id,
  name,
  basedOn: id === STYLE_IDS.normal ? undefined : STYLE_IDS.normal,
  next: STYLE_IDS.normal,
  quickFormat: true,
  ...rest,
});

function paragraphStyles({ size }: FontChoice): IParagraphStyleOptions[] {
  const heading = (level: 1 | 2 | 3): IParagraphStyleOptions =>
    paragraphStyle(STYLE_IDS.heading[level], `heading ${level}`, {
      run: { bold: true, italics: level === 3, size, color: '000000' },
      paragraph: {
        keepNext: true,
        keepLines: true,
        spacing: { before: level === 1 ? BLANK_LINE : 0, after: BLANK_LINE },
        outlineLevel: level - 1,
      },
    });
  return [
    paragraphStyle(STYLE_IDS.normal, 'Normal', {
      paragraph: { spacing: { before: 0, after: BLANK_LINE, line: 240 } },
    }),
    paragraphStyle(STYLE_IDS.title, 'Title', {
      run: { bold: true, allCaps: true, size: size + 4, color: '000000' },
      paragraph: { alignment: AlignmentType.CENTER, keepNext: true, spacing: { after: BLANK_LINE } },
    }),
    heading(1),
    heading(2),
    heading(3),
    paragraphStyle(STYLE_IDS.quote, 'Quote', {
      paragraph: {
        // Left-aligned like the body: justified narrow lines open wide gaps between words.
        indent: { left: TWIPS_PER_INCH / 2, right: TWIPS_PER_INCH / 2 },
      },
    }),
    paragraphStyle(STYLE_IDS.listNumber, 'List Number', { paragraph: { spacing: { after: 120 } } }),
    paragraphStyle(STYLE_IDS.listBullet, 'List Bullet', { paragraph: { spacing: { after: 120 } } }),
    paragraphStyle(STYLE_IDS.header, 'header', { paragraph: { spacing: { after: 0 } } }),
    paragraphStyle(STYLE_IDS.footer, 'footer', {
      paragraph: { spacing: { after: 0 } },
      run: { size: size - 2 },
    }),
  ];
}

const border = (side: string) =>
  element(`w:${side}`, { 'w:val': 'single', 'w:sz': '4', 'w:space': '0', 'w:color': 'auto' });

/** Word's built-in "Table Grid": single black borders all round, small cell margins. docx has no table-style API. */
function tableGridStyle(): XmlElement {
  const sides = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'];
  return element('w:style', { 'w:type': 'table', 'w:styleId': STYLE_IDS.table }, [
    element('w:name', { 'w:val': 'Table Grid' }),
    element('w:basedOn', { 'w:val': 'TableNormal' }),
    element('w:uiPriority', { 'w:val': '39' }),
    element('w:pPr', {}, [element('w:spacing', { 'w:after': '0', 'w:line': '240', 'w:lineRule': 'auto' })]),
    element('w:tblPr', {}, [
      element('w:tblBorders', {}, sides.map(border)),
      element('w:tblCellMar', {}, [
        element('w:left', { 'w:w': '108', 'w:type': 'dxa' }),
        element('w:right', { 'w:w': '108', 'w:type': 'dxa' }),
      ]),
    ]),
  ]);
}

function tableNormalStyle(): XmlElement {
  return element('w:style', { 'w:type': 'table', 'w:default': '1', 'w:styleId': 'TableNormal' }, [
    element('w:name', { 'w:val': 'Normal Table' }),
    element('w:uiPriority', { 'w:val': '99' }),
    element('w:semiHidden'),
    element('w:unhideWhenUsed'),
    element('w:tblPr', {}, [
      element('w:tblInd', { 'w:w': '0', 'w:type': 'dxa' }),
      element('w:tblCellMar', {}, [
        element('w:top', { 'w:w': '0', 'w:type': 'dxa' }),
        element('w:left', { 'w:w': '108', 'w:type': 'dxa' }),
        element('w:bottom', { 'w:w': '0', 'w:type': 'dxa' }),
        element('w:right', { 'w:w': '108', 'w:type': 'dxa' }),
      ]),
    ]),
  ]);
}

// docx writes widowControl in any paragraph properties, document defaults too; only its type leaves it out.
const WIDOW_CONTROL = { widowControl: true } as unknown as IParagraphStylePropertiesOptions;

const imported = (tree: XmlElement) => xmlComponent(tree, 'A built-in table style');

/** All styles, given whole: docx's own defaults (blue headings, Calibri) are replaced, not merged. */
export function documentStyles(choice: FontChoice): IStylesOptions {
  return {
    importedStyles: [
      new DocumentDefaults({
        run: { font: fontFamily(choice.font), size: choice.size, language: { value: 'en-US' } },
        // Widow and orphan control, on as in Word's Normal template: no line stranded alone at a page
        // edge. Set once here, every paragraph inherits it.
        paragraph: { spacing: { after: 0, line: 240 }, ...WIDOW_CONTROL },
      }),
      imported(tableNormalStyle()),
      imported(tableGridStyle()),
    ],
    paragraphStyles: paragraphStyles(choice),
  };
}
