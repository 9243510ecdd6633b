// The parts of a DOCX package the importer reads itself: the main document and its styles (found through
// the package's relationships, as Word finds them) and the title property (docProps/core.xml dc:title).
// Only XML parts are unpacked; pictures and embedded files are never read.
import { readZipParts } from '../read-zip-parts';
import { decodeEntities } from './html-blocks';

export interface DocxPackage {
  /** The XML parts (and relationships) by name. */
  parts: Map<string, Buffer>;
  documentPath: string;
  documentXml: string;
  stylesXml: string;
  /** dc:title of the core properties, as written; empty when there is none. */
  titleProperty: string;
}

const xmlText = (bytes: Buffer | undefined): string => (bytes ? bytes.toString('utf8') : '');

/** The target of the first relationship whose type ends with `type`, resolved against `folder`. */
function relationshipTarget(rels: string, type: string, folder: string): string | undefined {
  for (const [element] of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const kind = /\bType="([^"]*)"/.exec(element)?.[1] ?? '';
    const target = /\bTarget="([^"]*)"/.exec(element)?.[1];
    if (!target || !kind.endsWith(type) || /\bTargetMode="External"/.test(element)) continue;
    if (target.startsWith('/')) return target.slice(1);
    const segments = `${folder}${target}`.split('/');
    const resolved: string[] = [];
    for (const segment of segments) {
      if (segment === '..') resolved.pop();
      else if (segment && segment !== '.') resolved.push(segment);
    }
    return resolved.join('/');
  }
  return undefined;
}

export function openDocxPackage(bytes: Uint8Array): DocxPackage {
  const parts = readZipParts(bytes, (name) => /\.(?:xml|rels)$/i.test(name));
  const rootRels = xmlText(parts.get('_rels/.rels'));
  const documentPath = relationshipTarget(rootRels, '/officeDocument', '') ?? 'word/document.xml';
  const documentXml = parts.get(documentPath);
  if (!documentXml) throw new Error(`it has no main document (${documentPath})`);
  const folder = documentPath.includes('/') ? documentPath.slice(0, documentPath.lastIndexOf('/') + 1) : '';
  const name = documentPath.slice(folder.length);
  const documentRels = xmlText(parts.get(`${folder}_rels/${name}.rels`));
  const stylesPath = relationshipTarget(documentRels, '/styles', folder) ?? `${folder}styles.xml`;
  const corePath = relationshipTarget(rootRels, '/core-properties', '') ?? 'docProps/core.xml';
  const title = /<dc:title(?:\s[^>]*)?>([\s\S]*?)<\/dc:title>/.exec(xmlText(parts.get(corePath)))?.[1];
  return {
    parts,
    documentPath,
    documentXml: documentXml.toString('utf8'),
    stylesXml: xmlText(parts.get(stylesPath)),
    titleProperty: title === undefined ? '' : decodeEntities(title),
  };
}
