// The sections of the matter view as a row of links: each scrolls the view to its section and puts focus
// on the section's heading. Shown at the top of the view and, while the view is open, on the Matter tab.
import type { MatterSection } from './matter-sections';
import { goToSection } from './view-commands';

export function MatterContents({ sections, label }: { sections: readonly MatterSection[]; label: string }) {
  return (
    <nav className="matter-contents" aria-label={label}>
      <ul>
        {sections.map((section) => (
          <li key={section.id}>
            <button type="button" className="contents-link" onClick={() => goToSection(section.id)}>
              {section.title}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
