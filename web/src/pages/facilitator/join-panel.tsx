import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Dashboard } from '../../facilitator-api.js';
import { t } from '../../i18n.js';
import { displayJoinCode } from '../../join-code.js';
import { JoinQr } from './join-qr.js';
import { ProjectorView } from './projector-view.js';

/**
 * How participants join: the code in very large type, the address, the QR code, and a button
 * that opens the projector's view on the whole screen (Escape or the close button leaves, and the
 * focus comes back to the button).
 */
export function JoinPanel({ dashboard }: { dashboard: Dashboard }) {
  const { workshop } = dashboard;
  const [fullScreen, setFullScreen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);
  // Back to the button once the overlay is gone (as the browser leaves its full screen too).
  useLayoutEffect(() => {
    if (fullScreen) opened.current = true;
    else if (opened.current) opener.current?.focus();
  }, [fullScreen]);
  const leaveFullScreen = () => setFullScreen(false);
  return (
    <section class="card join-panel" aria-labelledby="join-panel-title">
      <div class="join-text">
        <h2 id="join-panel-title">{t('workshop.join.title')}</h2>
        <p class="join-code" id="join-code-value" data-code={workshop.joinCode}>
          {displayJoinCode(workshop.joinCode)}
        </p>
        <p class="join-url">
          {t('workshop.join.at')} <a href={workshop.joinUrl}>{workshop.joinUrl}</a>
        </p>
        <button
          ref={opener}
          type="button"
          id="full-screen"
          aria-haspopup="dialog"
          onClick={() => setFullScreen(true)}
        >
          {t('workshop.fullScreen')}
        </button>
      </div>
      <JoinQr workshop={workshop} class="join-qr" />
      {fullScreen && <ProjectorView dashboard={dashboard} onClose={leaveFullScreen} />}
    </section>
  );
}
