// The app loads a page's catalog before its first render (src/app/page-locale.ts); tests
// render and compose without that step, so English, the reference, is loaded up front.
import { loadMessages } from '../src/lib/i18n/messages';

await loadMessages('en');
