// The recent matters, each by the name it was saved with and where its file is: on the start screen and in
// browser mode's Open dialog. A matter saved without a name shows its file name.
import type { RecentMatter } from '../../core/api/contract';

const fileName = (path: string): string => (path.split(/[\\/]/).pop() ?? path).replace(/\.cdesk$/i, '');

export const recentName = (matter: RecentMatter): string => matter.title.trim() || fileName(matter.path);

interface RecentMattersProps {
  recent: readonly RecentMatter[];
  onOpen: (path: string) => void;
  headingId: string;
  heading?: string;
}

export function RecentMatters({ recent, onOpen, headingId, heading = 'Recent matters' }: RecentMattersProps) {
  if (recent.length === 0) return null;
  return (
    <div className="recent-files">
      <h3 className="section-heading" id={headingId}>
        {heading}
      </h3>
      <ul aria-labelledby={headingId}>
        {recent.map((matter) => (
          <li key={matter.path}>
            <button
              type="button"
              className="recent-file"
              onClick={() => onOpen(matter.path)}
              title={matter.path}
              aria-label={`${recentName(matter)}, ${matter.path}`}
            >
              <span className="recent-name">{recentName(matter)}</span>
              <span className="recent-dir">{matter.path}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
