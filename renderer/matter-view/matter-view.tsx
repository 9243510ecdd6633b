// The matter as a place: every fact of the matter in sections (inquiry, requests and their status, records,
// response, city and counsel, recipients, other documents), full width. It shows when no draft is open and
// on demand; the sidebar's form stays for quick edits beside a draft. Each fact has one control, the same
// one the sidebar form uses.
import { useMemo } from 'react';
import { useDesk } from '../app/desk-store';
import { ExampleNotice } from '../app/example-notice';
import { FormEntryControl } from '../matter-form/form-entry';
import { MatterContents } from './matter-contents';
import { MatterViewHeader, useNextStep } from './matter-view-header';
import { RecordsSummary } from './records-summary';
import { StartPanel } from './start-panel';
import { useMatterSections } from './use-matter-sections';
import { sectionDomId } from './view-commands';
import '../styles/matter-view.css';

const entryKey = (entry: { kind: string; field?: { path: string }; list?: { path: string } }): string =>
  entry.field?.path ?? entry.list?.path ?? '';

export function MatterView() {
  const matter = useDesk((s) => s.file?.matter);
  const openCount = useDesk((s) => s.openCount);
  const step = useNextStep();
  const sections = useMatterSections();
  const root = useMemo(() => (matter ? { ...matter } : null), [matter]) as Record<string, unknown> | null;
  if (!root) return null;
  return (
    <div className="matter-view" data-scroll-memory="matter">
      <div className="matter-view-inner">
        <MatterViewHeader />
        {step === 'start' && <StartPanel />}
        <ExampleNotice />
        <MatterContents sections={sections} label="Sections of the matter" />
        <form
          key={openCount}
          className="matter-sheet"
          aria-label="The whole matter"
          onSubmit={(e) => e.preventDefault()}
        >
          {sections.map((section) => (
            <section
              key={section.id}
              id={sectionDomId(section.id)}
              className="matter-section"
              aria-labelledby={`${sectionDomId(section.id)}-heading`}
            >
              <h3 id={`${sectionDomId(section.id)}-heading`} tabIndex={-1} className="matter-section-title">
                {section.title}
              </h3>
              {section.id === 'records' ? (
                <RecordsSummary />
              ) : (
                <div className="matter-grid">
                  {section.entries.map((entry) => (
                    <FormEntryControl key={entryKey(entry)} entry={entry} root={root} />
                  ))}
                </div>
              )}
            </section>
          ))}
        </form>
      </div>
    </div>
  );
}
