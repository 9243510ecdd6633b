// The start screen, at the top of a new matter nothing has been typed into: open the Dallas example, open a
// matter file, or pick one of the recent matters (by name, with where it is).
import { useEffect, useState } from 'react';
import type { RecentMatter } from '../../core/api/contract';
import { desk } from '../api/desk-client';
import { openExampleMatter, openMatter } from '../app/file-commands';
import { RecentMatters } from './recent-matters';

export function StartPanel() {
  const [recent, setRecent] = useState<RecentMatter[]>([]);
  useEffect(() => {
    let live = true;
    void desk()
      .recentMatters()
      .then((result) => {
        if (live && result.ok) setRecent(result.value);
      });
    return () => {
      live = false;
    };
  }, []);
  return (
    <section className="start-panel" aria-labelledby="start-heading">
      <h3 id="start-heading" className="start-heading">
        Start
      </h3>
      <div className="editor-empty-actions">
        <button type="button" className="button button--primary" onClick={openExampleMatter}>
          Open the Dallas example
        </button>
        <button type="button" className="button" onClick={() => openMatter()}>
          Open a matter file…
        </button>
      </div>
      <p className="editor-empty-note">
        The example is the Texas Attorney General’s March 2025 inquiry to the City of Dallas, filled in from
        public reporting, so every template has something to show.
      </p>
      <RecentMatters recent={recent} onOpen={(path) => openMatter(path)} headingId="start-recent-heading" />
    </section>
  );
}
