import { h, onLeave } from '../../dom.js';
import { facilitatorApi } from '../../facilitator-api.js';
import { t } from '../../i18n.js';
import { displayJoinCode } from '../../join-code.js';
import type { Workshop } from '../../workshop-types.js';

/**
 * How participants join: the code in very large type, the address, the QR code, and a button
 * that puts the code and the QR code alone on the whole screen for the projector (Escape or the
 * close button leaves).
 */
export function joinPanel(workshop: Workshop): HTMLElement {
  const qr = (className: string) =>
    h('img', {
      class: className,
      src: facilitatorApi.qrCodeUrl(workshop.id),
      alt: t('workshop.qr.alt', { url: workshop.joinUrl }),
      width: 240,
      height: 240,
    });
  const fullScreenButton = h(
    'button',
    { type: 'button', id: 'full-screen', 'aria-haspopup': 'dialog' },
    t('workshop.fullScreen'),
  );
  fullScreenButton.addEventListener('click', () => showFullScreen(workshop, qr, fullScreenButton));
  return h(
    'section',
    { class: 'card join-panel', 'aria-labelledby': 'join-panel-title' },
    h(
      'div',
      { class: 'join-text' },
      h('h2', { id: 'join-panel-title' }, t('workshop.join.title')),
      h(
        'p',
        { class: 'join-code', id: 'join-code-value', 'data-code': workshop.joinCode },
        displayJoinCode(workshop.joinCode),
      ),
      h(
        'p',
        { class: 'join-url' },
        t('workshop.join.at'),
        ' ',
        h('a', { href: workshop.joinUrl }, workshop.joinUrl),
      ),
      fullScreenButton,
    ),
    qr('join-qr'),
  );
}

function showFullScreen(
  workshop: Workshop,
  qr: (className: string) => HTMLImageElement,
  opener: HTMLElement,
): void {
  const close = h(
    'button',
    { type: 'button', class: 'close-full-screen' },
    t('workshop.fullScreen.close'),
  );
  const overlay = h(
    'div',
    {
      class: 'full-screen',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': 'full-screen-title',
    },
    h('h2', { id: 'full-screen-title', class: 'full-screen-title' }, workshop.title),
    h(
      'div',
      { class: 'full-screen-body' },
      h(
        'div',
        {},
        h('p', { class: 'full-screen-hint' }, t('workshop.fullScreen.hint')),
        h(
          'p',
          { class: 'full-screen-code', 'data-code': workshop.joinCode },
          displayJoinCode(workshop.joinCode),
        ),
        h('p', { class: 'full-screen-url' }, workshop.joinUrl),
      ),
      qr('full-screen-qr'),
    ),
    close,
  );
  let closed = false;
  const leave = () => {
    if (closed) return;
    closed = true;
    document.removeEventListener('keydown', onKey);
    document.removeEventListener('fullscreenchange', onFullScreenChange);
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    overlay.remove();
    if (opener.isConnected) opener.focus();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') leave();
    // The close button is the only control: the focus stays on it.
    if (event.key === 'Tab') {
      event.preventDefault();
      close.focus();
    }
  };
  // Escape in real full screen is the browser's: it leaves full screen, and the overlay with it.
  const onFullScreenChange = () => {
    if (!document.fullscreenElement) leave();
  };
  close.addEventListener('click', leave);
  document.addEventListener('keydown', onKey);
  document.body.append(overlay);
  close.focus();
  onLeave(leave);
  // The browser's full screen where it is allowed; the overlay alone fills the window otherwise.
  overlay
    .requestFullscreen?.()
    .then(() => document.addEventListener('fullscreenchange', onFullScreenChange))
    .catch(() => {});
}
