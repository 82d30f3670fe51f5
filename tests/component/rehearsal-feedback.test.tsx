/** The feedback after each turn, as a parent meets it: in the conversation log, by role and label. */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TurnFeedbackNote } from '../../src/features/rehearsal/turn-feedback-note';
import RehearsalPage from '../../src/features/rehearsal/rehearsal-page';

type User = ReturnType<typeof userEvent.setup>;

// Let the last save finish while the page is still open, as it would in a parent's tab.
afterEach(async () => {
  await waitFor(() => expect(screen.queryByText('Saving…')).not.toBeInTheDocument());
});

async function openConversation(persona = 'receptive') {
  window.history.pushState({}, '', `/rehearsals/missed-recess?persona=${persona}`);
  const user = userEvent.setup();
  render(<RehearsalPage id="missed-recess" />);
  await screen.findByRole('heading', { name: 'Your turn' });
  return user;
}

const conversation = () => screen.getByRole('log', { name: 'Conversation with Ms. Okafor' });
const lastNote = () =>
  within(conversation()).getAllByRole('note', { name: 'Coach’s note' }).at(-1)!;

async function say(user: User, option: RegExp) {
  await user.click(screen.getByRole('radio', { name: option }));
  await user.click(screen.getByRole('button', { name: 'Say it' }));
}

async function sayInOwnWords(user: User, text: string) {
  await user.click(screen.getByRole('radio', { name: /in my own words/ }));
  await user.type(screen.getByRole('textbox', { name: 'What you would say' }), text);
  await user.click(screen.getByRole('button', { name: 'Say it' }));
  // The reply is read (the tone coach loads when the parent first types), then the turn moves on.
  await waitFor(() =>
    expect(screen.queryByRole('textbox', { name: 'What you would say' })).not.toBeInTheDocument(),
  );
}

test('a curious opening lands well, says why, and the teacher answers in kind', async () => {
  const user = await openConversation();
  await say(user, /I'd like to understand what's been going on in class/);

  const log = conversation();
  expect(within(log).getByText(/^Thanks for making time/)).toBeInTheDocument();
  const note = lastNote();
  expect(note).toHaveTextContent('That landed well.');
  expect(note).toHaveTextContent(/asked to understand, which tells her you want her side/);
  expect(within(log).getByText(/I'm glad you asked/)).toBeInTheDocument();
  expect(screen.getByText(/Ms. Okafor seems at ease/)).toBeInTheDocument();
  // The next beat's question, with focus where the parent continues.
  expect(screen.getByRole('group', { name: /What do you say next/ })).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: 'Your turn' })).toHaveFocus();
});

test('a blaming reply in the parent’s own words is explained by the tone coach, with the checks', async () => {
  const user = await openConversation('defensive');
  await sayInOwnWords(user, 'Why did you keep him in from recess again?');

  const note = lastNote();
  expect(note).toHaveTextContent('That put the teacher on guard.');
  expect(note).toHaveTextContent(/Why did you/);
  const checks = within(note).getByRole('list', { name: 'Strategy checks' });
  expect(
    within(checks)
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  ).toEqual([
    '– Next time, ask what the teacher has seen: “What have you noticed…?”',
    '– Next time, name one specific moment: when it happened, or how often.',
    '– Next time, offer one small idea to try, or something you can do at home.',
    '– Next time, say you know the teacher is juggling a whole class.',
  ]);
  // After a line that landed poorly, one that would have landed well.
  expect(note).toHaveTextContent(/A line that could land better here: “.+”/);
  expect(screen.getByText(/Ms. Okafor seems tense/)).toBeInTheDocument();
});

test('a kind, specific reply in the parent’s own words lands well and passes its checks', async () => {
  const user = await openConversation();
  await sayInOwnWords(
    user,
    'Thank you for your time. He stayed in three times this week. Could you help me understand what happens in math?',
  );
  const note = lastNote();
  expect(note).toHaveTextContent('That landed well.');
  const checks = within(note).getByRole('list', { name: 'Strategy checks' });
  expect(within(checks).getByText(/You asked a real question/)).toHaveTextContent('✓');
  expect(within(checks).getByText(/You named a specific moment/)).toHaveTextContent('✓');
  expect(note).not.toHaveTextContent(/could land better/);
});

test('saying nothing is caught kindly, for a choice and for an empty own-words reply', async () => {
  const user = await openConversation();
  await user.click(screen.getByRole('button', { name: 'Say it' }));
  expect(screen.getByRole('alert')).toHaveTextContent(/Choose what to say/);
  await user.click(screen.getByRole('radio', { name: /in my own words/ }));
  await user.click(screen.getByRole('button', { name: 'Say it' }));
  expect(screen.getByRole('alert')).toHaveTextContent(/Write what you would say/);
  expect(screen.getByRole('textbox', { name: 'What you would say' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  expect(within(conversation()).queryAllByRole('note')).toHaveLength(0);
});

test('the feedback note reads as words, not only colour or symbols', () => {
  render(
    <TurnFeedbackNote
      feedback={{
        landing: 'mixed',
        headline: 'That was safe, but it didn’t move things on.',
        because: 'It gave the teacher nothing to work with.',
        better: 'Can you tell me what you’ve been seeing?',
        checks: [
          { strategy: 'curious', label: 'Next time, ask what the teacher has seen.', met: false },
          { strategy: 'specific', label: 'You named a specific moment.', met: true },
        ],
      }}
    />,
  );
  expect(screen.getByText(/That was safe/)).toBeInTheDocument();
  expect(screen.getByText('It gave the teacher nothing to work with.')).toBeInTheDocument();
  const checks = screen.getByRole('list', { name: 'Strategy checks' });
  expect(within(checks).getByText(/You named a specific moment/)).toHaveTextContent('✓');
  expect(screen.getByText(/could land better/)).toHaveTextContent(
    'A line that could land better here: “Can you tell me what you’ve been seeing?”',
  );
});
