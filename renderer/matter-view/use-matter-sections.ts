// The matter view's sections for the templates loaded and the template in use (the open draft's, or the one
// picked for a new draft, which decides what is marked required).
import { useMemo } from 'react';
import { useDesk } from '../app/desk-store';
import { matterFields, matterSections } from './matter-sections';
import type { MatterSection } from './matter-sections';

export function useMatterSections(): MatterSection[] {
  const templates = useDesk((s) => s.templates);
  const templateId = useDesk(
    (s) => s.file?.drafts.find((d) => d.id === s.activeDraftId)?.templateId || s.selectedTemplateId,
  );
  return useMemo(() => {
    const current = templates.find((t) => t.id === templateId);
    return matterSections(matterFields(templates, current));
  }, [templates, templateId]);
}
