import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { facilitatorApi, type Workshop } from '../../facilitator-api.js';
import { t } from '../../i18n.js';
import { displayJoinCode } from '../../join-code.js';

function JoinQr({ workshop, class: className }: { workshop: Workshop; class: string }) {
  return (
    <img
      class={className}
      src={facilitatorApi.qrCodeUrl(workshop.id)}
      alt={t('workshop.qr.alt', { url: workshop.joinUrl })}
      width={240}
      height={240}
    />
  );
}

/**
 * How participants join: the code in very large type, the address, the QR code, and a button
 * that puts the code and the QR code alone on the whole screen for the projector (Escape or the
 * close button leaves, and the focus comes back to the button).
 */
export function JoinPanel({ workshop }: { workshop: Workshop }) {
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
      {fullScreen && <FullScreenJoin workshop={workshop} onClose={leaveFullScreen} />}
    </section>
  );
}

/** The code and the QR code alone on the screen: the browser's full screen where allowed. */
function FullScreenJoin({ workshop, onClose }: { workshop: Workshop; onClose: () => void }) {
  const overlay = useRef<HTMLDivElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    close.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
      // The close button is the only control: the focus stays on it.
      if (event.key === 'Tab') {
        event.preventDefault();
        close.current?.focus();
      }
    };
    // Escape in real full screen is the browser's: it leaves full screen, and the overlay with it.
    const onFullScreenChange = () => {
      if (!document.fullscreenElement) onClose();
    };
    let left = false;
    document.addEventListener('keydown', onKey);
    overlay.current
      ?.requestFullscreen?.()
      .then(() => !left && document.addEventListener('fullscreenchange', onFullScreenChange))
      .catch(() => {});
    return () => {
      left = true;
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullScreenChange);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    };
  }, []);
  return (
    <div
      ref={overlay}
      class="full-screen"
      role="dialog"
      aria-modal="true"
      aria-labelledby="full-screen-title"
    >
      <h2 id="full-screen-title" class="full-screen-title">
        {workshop.title}
      </h2>
      <div class="full-screen-body">
        <div>
          <p class="full-screen-hint">{t('workshop.fullScreen.hint')}</p>
          <p class="full-screen-code" data-code={workshop.joinCode}>
            {displayJoinCode(workshop.joinCode)}
          </p>
          <p class="full-screen-url">{workshop.joinUrl}</p>
        </div>
        <JoinQr workshop={workshop} class="full-screen-qr" />
      </div>
      <button ref={close} type="button" class="close-full-screen" onClick={onClose}>
        {t('workshop.fullScreen.close')}
      </button>
    </div>
  );
}
