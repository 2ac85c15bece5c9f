import type { UseCaseDependencies } from '../dependencies.js';
import { ownedWorkshop } from './workshop-access.js';
import { workshopView } from './workshop-view.js';

/** The QR code of a workshop's join link, as SVG, to project at the start of the session. */
export function makeGetWorkshopQrCode(deps: UseCaseDependencies) {
  return async function getWorkshopQrCode(input: {
    facilitatorId: string;
    workshopId: string;
  }): Promise<string> {
    const workshop = await ownedWorkshop(deps.store, input.facilitatorId, input.workshopId);
    return deps.documents.qrCodeSvg(workshopView(deps, workshop).joinUrl);
  };
}
