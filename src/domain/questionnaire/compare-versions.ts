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
  return comparePreReleases(preA, preB);
}

/** Dot-separated identifiers, numeric ones compared as numbers and below textual ones (semver 11.4). */
function comparePreReleases(a: string, b: string): number {
  const partsA = a.split('.');
  const partsB = b.split('.');
  for (let i = 0; i < Math.max(partsA.length, partsB.length); i += 1) {
    const x = partsA[i];
    const y = partsB[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === y) continue;
    const numericX = /^\d+$/.test(x);
    const numericY = /^\d+$/.test(y);
    if (numericX && numericY) return Number(x) - Number(y);
    if (numericX !== numericY) return numericX ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

function splitPreRelease(version: string): [string, string | undefined] {
  const dash = version.indexOf('-');
  return dash === -1 ? [version, undefined] : [version.slice(0, dash), version.slice(dash + 1)];
}
