/**
 * Orders semantic versions: numerically by major, minor, patch; a pre-release comes before
 * its release (1.0.0-beta < 1.0.0).
 *
 * @example ['1.10.0', '1.2.0'].sort(compareVersions) // ['1.2.0', '1.10.0']
 */
export function compareVersions(a: string, b: string): number {
  const [coreA = '', preA] = splitPreRelease(a);
  const [coreB = '', preB] = splitPreRelease(b);
  const partsA = coreA.split('.').map(Number);
  const partsB = coreB.split('.').map(Number);
  for (let i = 0; i < 3; i += 1) {
    const diff = (partsA[i] ?? 0) - (partsB[i] ?? 0);
    if (diff !== 0) return diff;
  }
  if (preA === preB) return 0;
  if (preA === undefined) return 1;
  if (preB === undefined) return -1;
  return preA < preB ? -1 : 1;
}

function splitPreRelease(version: string): [string, string | undefined] {
  const dash = version.indexOf('-');
  return dash === -1 ? [version, undefined] : [version.slice(0, dash), version.slice(dash + 1)];
}
