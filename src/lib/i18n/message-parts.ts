/**
 * The sections of a message catalog that only one kind of screen reads, each loaded with
 * that screen instead of with every page: the draft's words with the draft, a rehearsal's
 * with the rehearsals, the glossary's and phrase bank's with those pages. Every other
 * section is the catalog's core, which each page loads before its first render.
 * scripts/vite-message-parts.ts cuts content/<locale>/ui/messages.json along these lines.
 */
export const MESSAGE_PARTS = ['draft', 'rehearsal', 'reference'] as const;
export type MessagePart = (typeof MESSAGE_PARTS)[number];
