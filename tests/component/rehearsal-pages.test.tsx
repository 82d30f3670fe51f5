/** The rehearsal pages as a parent uses them: choose, converse, debrief, come back later. */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NoticeArea } from '../../src/app/notice-area';
import RehearsalListPage from '../../src/features/rehearsal/rehearsal-list-page';
import RehearsalPage from '../../src/features/rehearsal/rehearsal-page';
import { loadFlow, saveFlow } from '../../src/lib/storage/flow-store';

type User = ReturnType<typeof userEvent.setup>;

// Let the last save finish while the page is still open, as it would in a parent's tab.
afterEach(async () => {
  await waitFor(() => expect(screen.queryByText('Saving…')).not.toBeInTheDocument());
});

function openRehearsal(path: string, id = 'missed-recess') {
  window.history.pushState({}, '', path);
  const user = userEvent.setup();
  const view = render(
    <>
      <NoticeArea />
      <RehearsalPage id={id} />
    </>,
  );
  return { user, ...view };
}

/** Chooses the first written line at each beat until the conversation ends. */
async function playFirstLines(user: User, turns: number) {
  for (let turn = 0; turn < turns; turn++) {
    const group = await screen.findByRole('group', { name: /\?|\./ });
    await user.click(within(group).getAllByRole('radio')[0]!);
    await user.click(screen.getByRole('button', { name: 'Say it' }));
  }
}

test('the list asks for a conversation, then opens it with the chosen teacher', async () => {
  window.history.pushState({}, '', '/rehearsals');
  const user = userEvent.setup();
  render(<RehearsalListPage />);
  expect(screen.getByRole('heading', { level: 1, name: 'Rehearse a conversation' })).toBeVisible();
  expect(screen.getByRole('radio', { name: /Pick one for me/ })).toBeChecked();
  await user.click(screen.getByRole('button', { name: 'Start the rehearsal' }));
  expect(screen.getByRole('alert')).toHaveTextContent('Choose a conversation to practice.');

  await user.click(screen.getByRole('radio', { name: /Ask for help with transitions/ }));
  await user.click(screen.getByRole('radio', { name: /^Rushed/ }));
  await user.click(screen.getByRole('button', { name: 'Start the rehearsal' }));
  expect(window.location.pathname + window.location.search).toBe(
    '/rehearsals/transition-support?persona=rushed',
  );
});

test('a whole conversation ends in a debrief that names what worked and offers another go', async () => {
  const { user } = openRehearsal('/rehearsals/missed-recess?persona=receptive');
  await playFirstLines(user, 4);

  expect(
    await screen.findByRole('heading', {
      level: 1,
      name: 'You left with a plan you both agreed on',
    }),
  ).toBeInTheDocument();
  expect(window.location.search).toBe('');
  const worked = screen.getByRole('heading', { name: 'What worked' }).nextElementSibling!;
  expect(within(worked as HTMLElement).getByText(/You asked a real question/)).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: 'What to try next time' })).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: 'The whole conversation' })).toBeInTheDocument();
  expect(screen.queryByRole('log')).not.toBeInTheDocument();
  expect(screen.getAllByText(/Thanks for making time/).length).toBeGreaterThan(1);

  await user.click(screen.getByRole('button', { name: 'With a rushed teacher' }));
  expect(await screen.findByText(/with a rushed teacher/)).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: 'Your turn' })).toBeInTheDocument();
});

test('a parent who names their child on the list hears the teacher talk about that child', async () => {
  window.history.pushState({}, '', '/rehearsals');
  const user = userEvent.setup();
  const list = render(<RehearsalListPage />);
  await user.click(screen.getByRole('radio', { name: /Raise the missed recess/ }));
  await user.type(screen.getByRole('textbox', { name: "Your child's first name" }), 'Maya');
  await user.click(screen.getByRole('radio', { name: /^Receptive/ }));
  await user.click(screen.getByRole('button', { name: 'Start the rehearsal' }));
  expect(window.location.pathname).toBe('/rehearsals/missed-recess');
  expect(new URLSearchParams(window.location.search).get('child')).toBe('Maya');
  list.unmount();

  const { user: parent } = openRehearsal(window.location.pathname + window.location.search);
  await playFirstLines(parent, 2);
  const log = screen.getByRole('log', { name: 'Conversation with Ms. Okafor' });
  // The teacher's answer to "is there a particular part of the lesson" is about Maya.
  expect(within(log).getByText(/Maya flies through the first few problems/)).toBeInTheDocument();
  expect(log).not.toHaveTextContent(/Theo/);

  await playFirstLines(parent, 2);
  await screen.findByRole('heading', { level: 1, name: 'You left with a plan you both agreed on' });
  const transcript = screen.getByRole('heading', { name: 'The whole conversation' }).parentElement!;
  expect(within(transcript).getByText(/Maya's lucky to have you/)).toBeInTheDocument();
  expect(document.body).toHaveTextContent(/Maya/);
  expect(document.body).not.toHaveTextContent(/Theo/);
});

test('the best lines go into the matching guide’s draft, through its saved progress', async () => {
  const { user } = openRehearsal('/rehearsals/missed-recess?persona=receptive');
  await playFirstLines(user, 4);
  await screen.findByRole('heading', { name: 'Your best lines' });
  await user.click(screen.getByRole('button', { name: 'Use my best lines in a draft' }));

  await waitFor(() => expect(window.location.pathname).toBe('/scenarios/raise-concern'));
  const saved = await loadFlow('raise-concern');
  const answers =
    saved.kind === 'found'
      ? (saved.record.snapshot as { context: { answers: Record<string, string> } }).context.answers
      : {};
  // Written for the page, not spoken: no "Thanks for making time", and facts to check in brackets.
  expect(answers.question).toMatch(
    /^Theo mentioned staying in at recess \[a few times this week\]\. Could you help me understand/,
  );
  expect(answers.question).not.toMatch(/Thanks for making time/);
  expect(screen.getByText(/Your questions are waiting in the step/)).toBeInTheDocument();
});

test('a conversation is kept across a reload, and a new choice never replaces it unasked', async () => {
  const first = openRehearsal('/rehearsals/missed-recess?persona=receptive');
  await playFirstLines(first.user, 1);
  await screen.findByText('Saved on this device');
  first.unmount();

  const again = openRehearsal('/rehearsals/missed-recess?persona=dismissive');
  expect(await screen.findByText(/you’re back where you left off/)).toBeInTheDocument();
  expect(screen.getByText(/with a receptive teacher/)).toBeInTheDocument();
  const log = screen.getByRole('log', { name: 'Conversation with Ms. Okafor' });
  expect(within(log).getByText(/^Thanks for making time/)).toBeInTheDocument();
  expect(screen.getByRole('group', { name: /What do you say next/ })).toBeInTheDocument();

  await again.user.click(screen.getByRole('button', { name: 'Start over' }));
  expect(screen.getByRole('button', { name: 'Yes, start over' })).toHaveFocus();
  await again.user.click(screen.getByRole('button', { name: 'Yes, start over' }));
  expect(
    screen.getByRole('group', { name: 'What is the teacher like today?' }),
  ).toBeInTheDocument();
});

test('saved progress that no longer fits is set aside with a notice, and practice starts fresh', async () => {
  await saveFlow(
    {
      scenarioId: 'rehearsal:missed-recess',
      machineVersion: 999,
      snapshot: { status: 'active', value: 'conversation', context: {} },
    },
    0,
  );
  openRehearsal('/rehearsals/missed-recess');
  expect(await screen.findByText(/has been improved since you last practiced/)).toBeInTheDocument();
  // The notice can show before the page has finished loading.
  expect(await screen.findByRole('button', { name: 'Start the conversation' })).toBeInTheDocument();
  expect(await loadFlow('rehearsal:missed-recess')).toEqual({ kind: 'none' });
});

describe('reading the teacher aloud', () => {
  afterEach(() => {
    Reflect.deleteProperty(window, 'speechSynthesis');
    Reflect.deleteProperty(window, 'SpeechSynthesisUtterance');
  });

  test('is offered only where the browser can speak', async () => {
    openRehearsal('/rehearsals/missed-recess?persona=rushed');
    await screen.findByRole('heading', { name: 'Your turn' });
    expect(screen.queryByRole('button', { name: /aloud/ })).not.toBeInTheDocument();
  });

  test('reads the latest line when turned on, and each new line after a turn', async () => {
    const spoken: string[] = [];
    Object.assign(window, {
      speechSynthesis: { speak: (u: { text: string }) => spoken.push(u.text), cancel: vi.fn() },
      SpeechSynthesisUtterance: class {
        constructor(public text: string) {}
      },
    });
    const { user } = openRehearsal('/rehearsals/missed-recess?persona=rushed');
    const toggle = await screen.findByRole('button', { name: 'Read the teacher’s lines aloud' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(spoken).toEqual([expect.stringMatching(/^Ms. Okafor: Hi! I've got about five minutes/)]);
    await act(() => playFirstLines(user, 1));
    expect(spoken.at(-1)).toMatch(/^Ms. Okafor: Oh, good, I'm glad you asked/);
  });
});
