/**
 * Prints one part of the page (the draft or the preparation sheet): the print stylesheet
 * shows only the part named on the document while the print dialog is open.
 */
export function printPart(part: 'draft' | 'sheet'): void {
  const root = document.documentElement;
  root.dataset.print = part;
  window.addEventListener('afterprint', () => delete root.dataset.print, { once: true });
  window.print();
}
