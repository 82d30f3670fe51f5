/** The records page when the device refuses to save: the parent's words stay on screen. */
import { screen } from '@testing-library/react';
import { fill, renderAppAt } from './render-app';

test('a full disk while saving a child keeps what was typed and says so', async () => {
  const { user } = await renderAppAt('/records');
  await user.click(await screen.findByRole('button', { name: 'Add a child' }));
  await fill(user, {
    "Child's first name": 'Maya',
    Strengths: 'Draws comics; kind to younger kids.',
  });
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = () => {
    throw new DOMException('Quota exceeded', 'QuotaExceededError');
  };
  try {
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/out of space/);
    expect(screen.getByLabelText("Child's first name")).toHaveValue('Maya');
    expect(screen.getByLabelText('Strengths', { exact: false })).toHaveValue(
      'Draws comics; kind to younger kids.',
    );
  } finally {
    IDBObjectStore.prototype.put = put;
  }
  await user.click(screen.getByRole('button', { name: 'Save' }));
  expect(await screen.findByText('Maya')).toBeInTheDocument();
});
