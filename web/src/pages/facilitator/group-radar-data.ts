import type { GroupRadarData } from '../../components/group-radar.js';
import type { Dashboard } from '../../facilitator-api.js';
import { t } from '../../i18n.js';

/** The group radar's series from a dashboard: the mean, the range and each submitted diagnosis. */
export function groupRadarData(dashboard: Dashboard): GroupRadarData {
  const submitted = dashboard.participants.filter((p) => p.status === 'submitted');
  return {
    axes: dashboard.areas.map((a) => a.title),
    mean: dashboard.areas.map((a) => a.mean),
    min: dashboard.areas.map((a) => a.min),
    max: dashboard.areas.map((a) => a.max),
    participants: submitted.map((p) => dashboard.areas.map((a) => p.areaScores[a.id] ?? null)),
    labels: {
      mean: t('dashboard.radar.mean'),
      spread: t('dashboard.radar.spread'),
      participants: t('dashboard.radar.participants'),
    },
  };
}
