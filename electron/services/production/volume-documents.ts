// The production index and the privilege log of a volume, each as CSV (for spreadsheets and review tools)
// and as DOCX (through the letters' exporter), named for the volume.
import { buildDocx } from '../../../core/docx/build-docx';
import { toCsv } from '../../../core/production/csv';
import {
  INDEX_COLUMNS,
  indexRows,
  LOG_COLUMNS,
  logRows,
  type ProducedRecordFacts,
} from '../../../core/production/production-index';
import { indexDocument, logDocument, type VolumeHeading } from '../../../core/production/table-document';
import type { RecordView } from '../../../core/records/record-views';
import { packDocx } from '../docx-file';
import type { VolumeWriter } from './volume-writer';

export interface VolumeEntries {
  /** Records produced in this volume, in Bates order, with what the volume did to each. */
  produced: { view: RecordView; facts: ProducedRecordFacts }[];
  /** Records withheld in full that this volume logs. */
  withheld: RecordView[];
}

export async function writeVolumeDocuments(
  writer: VolumeWriter,
  heading: VolumeHeading,
  entries: VolumeEntries,
): Promise<void> {
  const index = indexRows(entries.produced);
  const byNumber = (a: { view: RecordView }, b: { view: RecordView }) => a.view.number - b.view.number;
  const log = logRows([...entries.produced, ...entries.withheld.map((view) => ({ view }))].sort(byNumber));
  const base = heading.volume;
  await writer.write(`${base} Production Index.csv`, toCsv(INDEX_COLUMNS, index));
  await writer.write(
    `${base} Production Index.docx`,
    await packDocx(buildDocx(indexDocument(heading, index))),
  );
  await writer.write(`${base} Privilege Log.csv`, toCsv(LOG_COLUMNS, log));
  await writer.write(`${base} Privilege Log.docx`, await packDocx(buildDocx(logDocument(heading, log))));
}
