/**
 * The settings a backup may carry (a whitelist): the workspace's own, and the screens' settings
 * kept per data set. Anything else refuses the backup (backup-check.ts).
 */
const SETTINGS: Record<string, (value: unknown, ids: Set<string>) => boolean> = {
  language: (v) => v === 'en' || v === 'ru' || v === 'bg' || v === 'ro',
  currentDataset: (v) => v === null || typeof v === 'string',
};

/**
 * Screens that keep their settings per data set, as `<screen>:<data set id>` (the Contact plan,
 * the Report). Such a setting travels with its data set: a flat object of plain values (screens
 * merge it over their defaults), for a data set of this backup.
 */
const SCREEN_SETTINGS = ['contactPlan', 'report'];
const MAX_SETTING_TEXT = 20_000;

const plainValue = (v: unknown): boolean =>
  v === null ||
  typeof v === 'boolean' ||
  (typeof v === 'number' && Number.isFinite(v)) ||
  (typeof v === 'string' && v.length <= MAX_SETTING_TEXT);

function screenSetting(key: string, value: unknown, ids: Set<string>): boolean | undefined {
  const colon = key.indexOf(':');
  if (colon < 0 || !SCREEN_SETTINGS.includes(key.slice(0, colon))) return undefined;
  return (
    ids.has(key.slice(colon + 1)) &&
    !!value &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.values(value).every(
      (v) => plainValue(v) || (Array.isArray(v) && v.length <= 100 && v.every(plainValue)),
    )
  );
}

/** Whether a setting record may be restored: 'ok', 'unreadable' or 'unknown'. */
export function settingVerdict(
  key: unknown,
  value: unknown,
  ids: Set<string>,
): 'ok' | 'unreadable' | 'unknown' {
  if (typeof key !== 'string') return 'unknown';
  const screen = screenSetting(key, value, ids);
  if (screen !== undefined) return screen ? 'ok' : 'unreadable';
  if (!Object.prototype.hasOwnProperty.call(SETTINGS, key)) return 'unknown';
  return SETTINGS[key]!(value, ids) ? 'ok' : 'unreadable';
}
