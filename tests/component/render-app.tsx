import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/app';

/** Renders the whole app at a path, the way a parent arrives from a link. */
export async function renderAppAt(path: string) {
  window.history.pushState({}, '', path);
  const user = userEvent.setup();
  const view = render(<App />);
  await screen.findByRole('heading', { level: 1 });
  return { user, ...view };
}

/**
 * Fills the answers of the current step by their labels, as a parent pasting each answer
 * would (typing every character re-renders the guide once per key, which only costs time
 * here; typing itself is tested where it matters, in the browser tests).
 */
export async function fill(
  user: ReturnType<typeof userEvent.setup>,
  answers: Record<string, string>,
) {
  for (const [label, value] of Object.entries(answers)) {
    const field = screen.getByLabelText(label, { exact: false });
    await user.clear(field);
    await user.click(field);
    await user.paste(value);
  }
}
