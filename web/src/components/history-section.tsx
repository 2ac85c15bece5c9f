import { useState } from 'preact/hooks';
import { api, type Credentials, type ResponseView } from '../api.js';
import { formatDate } from '../format-date.js';
import { formatNumber, t } from '../i18n.js';
import { navigate } from '../navigate.js';
import { problemMessage } from '../problem-message.js';
import { rememberCurrent } from '../resume-link.js';
import { links } from '../routes.js';

type ChainEntry = ResponseView['chain'][number];

/**
 * Taking the diagnosis again, and the association's diagnoses over time. Every diagnosis of the
 * chain opens with the same token: following a link only changes which one this device shows.
 */
export function HistorySection(props: { response: ResponseView; credentials: Credentials }) {
  const { response, credentials } = props;
  const latest = response.chain.at(-1);
  const open = (entry: ChainEntry) => {
    rememberCurrent({ id: entry.id, token: credentials.token });
    navigate(entry.status === 'submitted' ? links.results(entry.id) : links.diagnosis(entry.id));
  };
  return (
    <section class="card history" aria-labelledby="history-title">
      <h2 id="history-title">{t('results.again.title')}</h2>
      {!latest || latest.id === response.id ? (
        <TakeAgain credentials={credentials} />
      ) : (
        <>
          <p>{t('results.again.newer', { respondent: response.respondent })}</p>
          <p>
            <button type="button" class="primary" onClick={() => open(latest)}>
              {t('results.again.openLatest')}
            </button>
          </p>
        </>
      )}
      {response.chain.length > 1 && (
        <>
          <h3>{t('results.chain.title')}</h3>
          <ol class="chain">
            {response.chain.map((entry) => (
              <li key={entry.id}>
                {entry.id === response.id ? (
                  <span aria-current="page">
                    {entryText(entry)} {t('results.chain.current')}
                  </span>
                ) : (
                  <button type="button" class="link" onClick={() => open(entry)}>
                    {entryText(entry)}
                  </button>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function TakeAgain({ credentials }: { credentials: Credentials }) {
  const [starting, setStarting] = useState(false);
  const [problem, setProblem] = useState<string>();
  const again = async () => {
    setStarting(true);
    setProblem(undefined);
    try {
      const started = await api.takeAgain(credentials);
      rememberCurrent({ id: started.id, token: credentials.token });
      navigate(links.diagnosis(started.id));
    } catch (error) {
      setStarting(false);
      setProblem(problemMessage(error));
    }
  };
  return (
    <>
      <p>{t('results.again.text')}</p>
      <p>
        <button type="button" class="primary" disabled={starting} onClick={() => void again()}>
          {t('results.again.button')}
        </button>
      </p>
      <p aria-live="polite">
        {problem ? (
          <span class="error" role="alert">
            {problem}
          </span>
        ) : (
          starting && t('results.again.starting')
        )}
      </p>
    </>
  );
}

function entryText(entry: ChainEntry): string {
  if (entry.status !== 'submitted' || !entry.submittedAt)
    return t('results.chain.draft', { date: formatDate(entry.createdAt) });
  return entry.overallScore === null
    ? t('results.chain.submittedNoScore', { date: formatDate(entry.submittedAt) })
    : t('results.chain.submitted', {
        date: formatDate(entry.submittedAt),
        score: formatNumber(entry.overallScore),
      });
}
