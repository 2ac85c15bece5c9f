import { facilitatorApi, type Workshop } from '../../facilitator-api.js';
import { t } from '../../i18n.js';

/** The QR code of the workshop's join address, served as SVG by the API. */
export function JoinQr({ workshop, class: className }: { workshop: Workshop; class: string }) {
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
