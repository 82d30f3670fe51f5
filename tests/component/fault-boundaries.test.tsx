/**
 * Issue 11, item 3, for rehearsals: a screen that fails mid-conversation used to take the
 * whole page down with the parent's words. Here a stand-in fault (the conversation log
 * failing on one reply) shows what happens to any unknown defect.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NoticeArea } from '../../src/app/notice-area';
import RehearsalPage from '../../src/features/rehearsal/rehearsal-page';
import { openDatabase } from '../../src/lib/storage/database';
import { loadFlow } from '../../src/lib/storage/flow-store';

vi.mock('../../src/features/rehearsal/conversation-log', async (importOriginal) => {
  const actual =
    await importOriginal<typeof import('../../src/features/rehearsal/conversation-log')>();
  return {
    ConversationLog: (props: Parameters<typeof actual.ConversationLog>[0]) => {
      if (props.log.some((entry) => entry.by === 'parent' && entry.text.includes('TRIPWIRE'))) {
        throw new Error('stand-in for an unknown defect');
      }
      return <actual.ConversationLog {...props} />;
    },
  };
});

test('a rehearsal screen that fails mid-conversation blanks the page: the words stay, the progress is set aside', async () => {
  // React reports the caught error on the console; that is expected here.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  window.history.pushState({}, '', '/rehearsals/missed-recess?persona=receptive');
  const user = userEvent.setup();
  render(
    <>
      <NoticeArea />
      <RehearsalPage id="missed-recess" />
    </>,
  );
  await user.click(await screen.findByRole('radio', { name: 'I’ll say it in my own words' }));
  await user.type(
    screen.getByLabelText('What you would say'),
    'Could you tell me what happened at recess? TRIPWIRE',
  );
  await user.click(screen.getByRole('button', { name: 'Say it' }));

  expect(
    await screen.findByRole('heading', { name: 'Something went wrong in this rehearsal' }),
  ).toBeInTheDocument();
  expect((screen.getByLabelText('Your words') as HTMLTextAreaElement).value).toContain(
    'Could you tell me what happened at recess?',
  );
  expect(await screen.findByText(/couldn't be shown, so it was set aside/)).toBeInTheDocument();
  expect(await loadFlow('rehearsal:missed-recess')).toEqual({ kind: 'none' });
  const aside = (await (await openDatabase())?.getAll('set-aside')) ?? [];
  expect(JSON.stringify(aside.map((record) => record.raw))).toContain('what happened at recess');
  expect(screen.getByRole('button', { name: 'Start the rehearsal again' })).toBeInTheDocument();
});
