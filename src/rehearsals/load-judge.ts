/**
 * The judge of a typed reply, loaded when a parent first chooses to say it in their own words:
 * it brings the tone coach (and, for another language, its rules), which a rehearsal played with
 * the written options never needs. Each language loads once; a failed load can be tried again.
 */
import type { Judgement } from './judge-reply';

export type JudgeReply = (typed: string) => Judgement;

const loading = new Map<string, Promise<JudgeReply>>();

export function loadJudge(locale: string): Promise<JudgeReply> {
  let pending = loading.get(locale);
  if (!pending) {
    pending = Promise.all([import('./judge-reply'), import('../tone/locale-content')]).then(
      async ([judge, tone]) => {
        await tone.loadToneLocale(locale);
        return (typed: string) => judge.judgeReply(typed, locale);
      },
    );
    pending.catch(() => loading.delete(locale));
    loading.set(locale, pending);
  }
  return pending;
}
