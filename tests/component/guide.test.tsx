/** The guide as a parent uses it: questions by label, buttons by name. */
import { screen, within } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import examples from '../../content/en/scenarios/first-week-intro/examples.json';
import { openDatabase } from '../../src/lib/storage/database';
import { listRecords } from '../../src/lib/storage/records-store';
import { fill, renderAppAt } from './render-app';

const PATH = '/scenarios/first-week-intro';
type User = Awaited<ReturnType<typeof renderAppAt>>['user'];
const messageText = () => (screen.getByLabelText('Message') as HTMLTextAreaElement).value;
/** The draft loads on demand: wait for its editor, as a parent waits for the page. */
async function writeDraft(user: User) {
  await user.click(screen.getByRole('button', { name: 'Write my draft' }));
  await screen.findByLabelText('Message');
}

async function answerUpToSupport(user: User) {
  await fill(user, {
    'Your name': examples.parentName,
    "Your child's first name": examples.childName,
  });
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await fill(user, { "How you'll greet the teacher": examples.teacherName });
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await fill(user, {
    'lights up': examples.interests,
    'What your child is good at': examples.strengths,
  });
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await fill(user, { 'What tends to help at home': examples.whatWorks });
  await user.click(screen.getByRole('button', { name: 'Continue' }));
}

test('Continue with missing answers lists each problem and marks the fields', async () => {
  const { user } = await renderAppAt(PATH);
  expect(screen.getByText('Step 1 of 6')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  const alert = screen.getByRole('alert');
  expect(within(alert).getByRole('link', { name: /Your name/ })).toHaveAttribute(
    'href',
    '#field-parentName',
  );
  expect(within(alert).getByRole('link', { name: /child's first name/ })).toBeInTheDocument();
  expect(screen.getByLabelText('Your name')).toHaveAttribute('aria-invalid', 'true');
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Who is writing');

  await fill(user, { 'Your name': 'Dana' });
  expect(screen.getByLabelText('Your name')).not.toHaveAttribute('aria-invalid');
});

test('going back keeps later answers, and a branch answer changes the step count', async () => {
  const { user } = await renderAppAt(PATH);
  await answerUpToSupport(user);
  expect(screen.getByText('Step 5 of 6')).toBeInTheDocument();
  await user.click(screen.getByLabelText(/has an IEP, a 504 plan/));
  expect(screen.getByText('Step 5 of 7')).toBeInTheDocument();
  for (let i = 0; i < 4; i++) await user.click(screen.getByRole('button', { name: 'Back' }));
  expect(screen.getByLabelText('Your name')).toHaveValue(examples.parentName);
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  expect(screen.getByLabelText("How you'll greet the teacher", { exact: false })).toHaveValue(
    examples.teacherName,
  );
});

test('a change made from the review returns to the review, and the draft reflects it', async () => {
  const { user } = await renderAppAt(PATH);
  await answerUpToSupport(user);
  await user.click(screen.getByLabelText(/No, nothing like that/));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await user.click(screen.getByRole('button', { name: 'Review my answers' }));
  expect(screen.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Change: Who is the teacher?' }));
  await fill(user, { "How you'll greet the teacher": 'Mr. Chen' });
  await user.click(screen.getByRole('button', { name: 'Save and go back to review' }));
  expect(screen.getByText('Mr. Chen')).toBeInTheDocument();

  await writeDraft(user);
  expect(screen.getByLabelText('Subject')).toHaveValue(`Introducing ${examples.childName}`);
  expect(messageText()).toMatch(/^Dear Mr\. Chen,/);
});

test('edits to the draft survive a change of answers until the parent chooses', async () => {
  const { user } = await renderAppAt(PATH);
  await answerUpToSupport(user);
  await user.click(screen.getByLabelText(/No, nothing like that/));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await user.click(screen.getByRole('button', { name: 'Review my answers' }));
  await writeDraft(user);

  const message = screen.getByLabelText('Message');
  await user.type(message, '\nP.S. My own words.');
  await user.click(screen.getByRole('button', { name: 'Back to my answers' }));
  await user.click(screen.getByRole('button', { name: 'Change: Who is the teacher?' }));
  await fill(user, { "How you'll greet the teacher": 'Mr. Chen' });
  await user.click(screen.getByRole('button', { name: 'Save and go back to review' }));
  await writeDraft(user);

  expect(
    screen.getByRole('heading', { name: /answers changed after you edited/ }),
  ).toBeInTheDocument();
  expect(messageText()).toContain('P.S. My own words.');
  await user.click(screen.getByRole('button', { name: 'Use the fresh draft' }));
  expect(messageText()).toMatch(/^Dear Mr\. Chen,/);
  expect(messageText()).not.toContain('P.S.');
  await user.click(screen.getByRole('button', { name: 'Bring back my edited version' }));
  expect(messageText()).toContain('P.S. My own words.');
});

test('markup typed into an answer is shown as text, never run', async () => {
  const { user, container } = await renderAppAt(PATH);
  const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
  await fill(user, { 'Your name': hostile, "Your child's first name": 'Sam' });
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await user.click(screen.getByRole('button', { name: 'Back' }));
  expect(screen.getByLabelText('Your name')).toHaveValue(hostile);
  expect(container.querySelector('img[src="x"], script')).toBeNull();
});

test('when the clipboard is refused, the parent is told how to copy by hand', async () => {
  const { user } = await renderAppAt(PATH);
  await answerUpToSupport(user);
  await user.click(screen.getByLabelText(/rather not mention/));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await user.click(screen.getByRole('button', { name: 'Review my answers' }));
  await writeDraft(user);
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) },
  });
  document.execCommand = () => false;
  await user.click(screen.getByRole('button', { name: 'Copy message' }));
  expect(await screen.findByText(/didn't allow copying/)).toBeInTheDocument();
});

test('with storage refused, the guide still works and says progress will not be kept', async () => {
  globalThis.indexedDB = {
    open: () => {
      throw new DOMException('No storage in private mode', 'InvalidStateError');
    },
  } as unknown as IDBFactory;
  const { user } = await renderAppAt(PATH);
  expect(screen.getByText(/isn't letting Common Ground save/)).toBeInTheDocument();
  await fill(user, { 'Your name': 'Dana', "Your child's first name": 'Sam' });
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  expect(
    screen.getByRole('heading', { level: 1, name: 'Who is the teacher?' }),
  ).toBeInTheDocument();
});

test('corrupted saved progress is set aside with a notice and a fresh start', async () => {
  const db = await openDatabase();
  await db?.put('flows', { scenarioId: 'first-week-intro', v: 1, revision: 'x' } as never);
  await renderAppAt(PATH);
  expect(screen.getByText(/couldn't be read, so it was set aside/)).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Download earlier answers' })).toBeInTheDocument();
  expect(screen.getByText('Step 1 of 6')).toBeInTheDocument();
});

test('an unknown situation gets a clear message and a way home', async () => {
  await renderAppAt('/scenarios/no-such-thing');
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
    "We couldn't find that situation",
  );
  expect(screen.getByRole('link', { name: 'See all situations' })).toHaveAttribute('href', '/');
});

test('a sent draft is added to the conversation log with the teacher and the subject', async () => {
  const { user } = await renderAppAt(PATH);
  await answerUpToSupport(user);
  await user.click(screen.getByLabelText(/No, nothing like that/));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await user.click(screen.getByRole('button', { name: 'Review my answers' }));
  await writeDraft(user);
  await user.click(screen.getByRole('button', { name: 'I sent it: add it to my log' }));
  expect(await screen.findByText(/added to/)).toBeInTheDocument();
  const [entry] = (await listRecords('log')) ?? [];
  expect(entry).toMatchObject({
    who: examples.teacherName,
    channel: 'email',
    summary: `Sent “Introducing ${examples.childName}”.`,
  });
  const [sent] = (await listRecords('drafts')) ?? [];
  expect(sent).toMatchObject({
    logEntryId: entry?.id,
    subject: `Introducing ${examples.childName}`,
  });
});

test('a guide keeps a draft per child: reopening offers the drafts and a new one', async () => {
  const first = await renderAppAt(PATH);
  await fill(first.user, { 'Your name': 'Dana', "Your child's first name": 'Leo' });
  await first.user.click(screen.getByRole('button', { name: 'Continue' }));
  await screen.findByRole('heading', { level: 1, name: /teacher/ });
  // The address names the draft, so a reload continues it.
  expect(window.location.search).toBe('?draft=first-week-intro');
  first.unmount();

  const again = await renderAppAt(PATH);
  expect(screen.getByText(/You already have a draft of this guide/)).toBeInTheDocument();
  expect(screen.getByText(/^Leo/)).toBeInTheDocument();
  await again.user.click(screen.getByRole('button', { name: 'Start a new draft' }));
  expect(await screen.findByLabelText('Your name')).toHaveValue('');
  await fill(again.user, { 'Your name': 'Dana', "Your child's first name": 'Maya' });
  await again.user.click(screen.getByRole('button', { name: 'Continue' }));
  await screen.findByRole('heading', { level: 1, name: /teacher/ });
  again.unmount();

  await renderAppAt('/records');
  const drafts = await screen
    .findByRole('region', { name: 'Drafts' })
    .catch(() => screen.getByRole('heading', { name: 'Drafts' }).closest('section') as HTMLElement);
  expect(await within(drafts).findByRole('link', { name: /Continue Maya/ })).toHaveAttribute(
    'href',
    expect.stringMatching(/^\/scenarios\/first-week-intro\?draft=first-week-intro~/),
  );
  expect(within(drafts).getByRole('link', { name: /Continue Leo/ })).toHaveAttribute(
    'href',
    '/scenarios/first-week-intro?draft=first-week-intro',
  );
});

test('after the teacher’s message is pasted, the next step shows what it asks and its days', async () => {
  const { user } = await renderAppAt('/scenarios/reply-to-teacher');
  await user.click(screen.getByLabelText('Missing or unfinished homework'));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  expect(screen.queryByRole('complementary', { name: 'From their message' })).toBeNull();
  await user.click(screen.getByLabelText(/The teacher's message/));
  await user.paste('Leo missed two worksheets. Could he come to the math help session on Tuesday?');
  await user.click(screen.getByRole('button', { name: 'Continue' }));

  const notes = await screen.findByRole('complementary', { name: 'From their message' });
  expect(
    within(notes).getByText(/Could he come to the math help session on Tuesday/),
  ).toBeVisible();
  expect(within(notes).getByText(/^Days and times they mention: .*Tuesday/)).toBeVisible();
});
