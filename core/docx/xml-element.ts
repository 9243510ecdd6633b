// Hand-built OOXML for the few parts docx has no API for (built-in table styles, the PAGEREF page-count field).
import { convertToXmlComponent } from 'docx';
import type { XmlComponent, XmlElement } from 'docx';

/** One element as docx's plain XML tree: `<name attributes>elements</name>`. */
export const xmlElement = (
  name: string,
  attributes: Record<string, string> = {},
  elements: XmlElement[] = [],
): XmlElement => ({
  type: 'element',
  name,
  attributes,
  elements,
});

/** The tree as a component docx can place; `what` names it in the (never expected) failure. */
export function xmlComponent(tree: XmlElement, what: string): XmlComponent {
  const built = convertToXmlComponent(tree);
  if (built === undefined || typeof built === 'string') throw new Error(`${what} could not be built.`);
  return built;
}
