// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ResumeBox } from '../../../web/src/components/resume-box.js';
import { setLocale } from '../../../web/src/i18n.js';

const ID = '0b6f4d1e-3c2a-4e5f-9a8b-7c6d5e4f3a2b';
const TOKEN = 'abcdefghijklmnopqrstuvwxyz012345';
const LINK = `${location.origin}/#/reprendre/${ID}/${TOKEN}`;

describe('the resume box', () => {
  beforeEach(async () => {
    await setLocale('fr');
  });
  afterEach(cleanup);

  test('when it is drawn, then it shows the link with a copy button, a "send it to myself" link and a QR code', () => {
    render(<ResumeBox credentials={{ id: ID, token: TOKEN }} />);

    expect(
      (screen.getByRole('textbox', { name: 'Votre lien de reprise' }) as HTMLInputElement).value,
    ).toBe(LINK);
    expect(screen.getByRole('button', { name: 'Copier le lien' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'QR code de votre lien de reprise' })).toBeTruthy();

    const mail = new URL(
      screen.getByRole('link', { name: 'M’envoyer le lien' }).getAttribute('href')!,
    );
    // No address: the volunteer's own mail program asks whom to send it to; no server mail.
    expect(mail.protocol).toBe('mailto:');
    expect(mail.pathname).toBe('');
    expect(mail.searchParams.get('subject')).toBe('Mon lien de reprise AssoRadar');
    expect(mail.searchParams.get('body')).toContain(LINK);
  });

  test('when the page is in English, then the mail is written in English', async () => {
    await setLocale('en');
    render(<ResumeBox credentials={{ id: ID, token: TOKEN }} />);

    const href = screen.getByRole('link', { name: 'Send me the link' }).getAttribute('href')!;
    expect(new URL(href).searchParams.get('subject')).toBe('My AssoRadar resume link');
  });
});
