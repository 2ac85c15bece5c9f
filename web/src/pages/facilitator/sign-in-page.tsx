import { useEffect, useRef, useState } from 'preact/hooks';
import { TextField } from '../../components/text-field.js';
import { facilitatorApi, isSignedOut, takeExpiredNotice } from '../../facilitator-api.js';
import { t } from '../../i18n.js';
import { problemMessage } from '../../problem-message.js';
import { useFocusHeading } from '../../use-focus-heading.js';

type Field = 'email' | 'password';
type Problem = { message: string; field?: Field };

/** The facilitator's sign-in: an account made by the operator (CLI), an e-mail and a password. */
export function SignInPage({ onSignedIn }: { onSignedIn: () => void }) {
  const heading = useFocusHeading<HTMLHeadingElement>();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem>();
  // Asked once: a redraw must not lose the notice, a later visit must not see it again.
  const [expired] = useState(takeExpiredNotice);
  // Each failure, even the same one twice, puts the focus back on the field to correct.
  const [failures, setFailures] = useState(0);
  const fields = {
    email: useRef<HTMLInputElement>(null),
    password: useRef<HTMLInputElement>(null),
  };
  useEffect(() => {
    if (problem?.field) fields[problem.field].current?.focus();
  }, [failures]);
  const fail = (next: Problem) => {
    setProblem(next);
    setFailures((n) => n + 1);
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (!email.trim()) return fail({ message: t('signin.missingEmail'), field: 'email' });
    if (!password) return fail({ message: t('signin.missingPassword'), field: 'password' });
    setBusy(true);
    try {
      await facilitatorApi.signIn(email.trim(), password);
      onSignedIn();
    } catch (error) {
      setPassword('');
      fail({
        message: problemMessage(error, { 401: 'signin.invalid', 429: 'signin.tooMany' }),
        field: isSignedOut(error) ? 'password' : undefined,
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="card signin">
      <h1 ref={heading}>{t('signin.title')}</h1>
      <p>{t('signin.intro')}</p>
      <form class="signin-form" noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          id="signin-email"
          label={t('signin.email')}
          type="email"
          name="email"
          autocomplete="username"
          required
          spellcheck={false}
          value={email}
          onValue={setEmail}
          invalid={problem?.field === 'email'}
          inputRef={fields.email}
        />
        <TextField
          id="signin-password"
          label={t('signin.password')}
          type="password"
          name="password"
          autocomplete="current-password"
          required
          value={password}
          onValue={setPassword}
          invalid={problem?.field === 'password'}
          inputRef={fields.password}
        />
        <button type="submit" class="primary" aria-disabled={busy ? 'true' : undefined}>
          {busy ? t('signin.submitting') : t('signin.submit')}
        </button>
        <div class="signin-problem" aria-live="assertive">
          {problem ? (
            <p class="error" role="alert">
              {problem.message}
            </p>
          ) : (
            expired && (
              <p class="notice" role="status">
                {t('facilitator.signedOut')}
              </p>
            )
          )}
        </div>
      </form>
    </section>
  );
}
