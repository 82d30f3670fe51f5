/** How a saved guide draft is named in lists: whom and what it is about, and how far it got. */
import { t } from '../lib/i18n/messages';
import type { SavedDraft } from '../lib/storage/guide-drafts';

/** "Leo: missing recess on Tuesday": whom and what a saved draft is about. */
export function draftLabel(draft: SavedDraft): string {
  const child = draft.answers.childName?.trim();
  const about = draft.answers.concern?.trim() || draft.answers.skill?.trim() || '';
  const short = about.length > 60 ? `${about.slice(0, 57)}…` : about;
  if (child && short) return t('guide.drafts.label', { child, about: short });
  return child || short || t('guide.drafts.untitled');
}

export function draftStatus(draft: SavedDraft): string {
  if (draft.at === 'draft') return t('guide.drafts.ready');
  if (draft.at === 'review') return t('guide.drafts.reviewing');
  return t('guide.drafts.inProgress');
}
