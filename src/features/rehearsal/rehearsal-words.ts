/**
 * What the parent wrote in a rehearsal, as plain text, read from any snapshot: shown when
 * the rehearsal's screen fails, so it copes with a snapshot of the wrong shape.
 */
import * as v from 'valibot';
import { t } from '../../lib/i18n/messages';
import type { LoadedRehearsalFlow } from './load-rehearsal';

const savedReplies = v.object({
  context: v.object({
    log: v.array(v.looseObject({ by: v.unknown(), text: v.optional(v.unknown()) })),
  }),
});

export function rehearsalWords({ content }: LoadedRehearsalFlow, snapshot: unknown): string {
  const parsed = v.safeParse(savedReplies, snapshot);
  if (!parsed.success) return '';
  const replies = parsed.output.context.log.flatMap((entry) =>
    entry.by === 'parent' && typeof entry.text === 'string' && entry.text.trim()
      ? [entry.text.trim()]
      : [],
  );
  if (replies.length === 0) return '';
  return [content.words.title, t('failure.words.replies'), ...replies].join('\n\n');
}
