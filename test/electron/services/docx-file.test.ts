// packDocx: docx writes every part, we zip them; Word gets the same parts, in the same order, with the same XML.
import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../../core/docx/build-docx';
import { packDocx } from '../../../electron/services/docx-file';
import { sampleLetter } from '../../support/sample-letter';

const parts = (bytes: Uint8Array): [string, string][] =>
  Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]);

// The package's creation and modification times are written when it is packed.
const withoutTimes = (xml: string) => xml.replace(/(<dcterms:(created|modified)[^>]*>)[^<]*/g, '$1');

describe('packing an exported letter', () => {
  it('holds exactly the parts docx packs, in its order, with the same content', async () => {
    const doc = buildDocx(sampleLetter(), { exhibits: [] });
    const ours = parts(await packDocx(doc));
    const docx = parts(await Packer.toBuffer(buildDocx(sampleLetter(), { exhibits: [] })));
    expect(ours.map(([name]) => name)).toEqual(docx.map(([name]) => name));
    expect(ours.map(([name, xml]) => [name, withoutTimes(xml)])).toEqual(
      docx.map(([name, xml]) => [name, withoutTimes(xml)]),
    );
    expect(ours.find(([name]) => name === 'word/document.xml')?.[1]).toContain('Attorney General');
  });
});
