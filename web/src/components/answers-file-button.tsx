import { api, type Credentials } from '../api.js';
import { t } from '../i18n.js';
import { DownloadButton } from './download-button.js';

export interface AnswersFileButtonProps {
  credentials: Credentials;
  /** Runs first: on a draft, the answers still being saved. */
  before?: () => Promise<void>;
}

/** "Download my answers (JSON)": a file the home page (or another server) can load back. */
export function AnswersFileButton({ credentials, before }: AnswersFileButtonProps) {
  return (
    <div class="answers-file">
      <DownloadButton
        id="answers-download"
        label={t('answersFile.download')}
        fallbackName={t('answersFile.fileName')}
        fetch={async () => {
          await before?.();
          return api.answersFile(credentials);
        }}
      />
      <p class="meta">{t('answersFile.hint')}</p>
    </div>
  );
}
