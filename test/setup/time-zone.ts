/**
 * Runs before every test file (vitest.config.ts `setupFiles`): when `TZ` is set, the file must see
 * that zone, both in `Intl` and in `Date`'s local-time methods. The zone projects set `TZ` for
 * their worker process; this check makes sure that a worker reused from another project, or a zone
 * name the ICU data does not know (Node then silently falls back to UTC), cannot turn a time-zone
 * run into a second UTC run.
 */
const zone = process.env['TZ'];

/** The zone's offset from UTC at `instant`, in minutes east, read from `Intl` with the zone named. */
function offsetEast(timeZone: string, instant: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? '';
  const m = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name);
  if (m === null) throw new Error(`cannot read the UTC offset of ${timeZone} from ${JSON.stringify(name)}`);
  return m[1] === undefined ? 0 : (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

if (zone !== undefined && zone !== '') {
  const seen = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  const same = seen === zone || (['UTC', 'Etc/UTC'].includes(seen) && ['UTC', 'Etc/UTC'].includes(zone));
  if (!same) throw new Error(`TZ is ${zone} but this test file runs in ${seen}`);
  // January and July, so that a zone with summer time is checked in both seasons.
  for (const instant of [new Date(Date.UTC(2026, 0, 15, 12)), new Date(Date.UTC(2026, 6, 15, 12))]) {
    const expected = offsetEast(zone, instant);
    if (-instant.getTimezoneOffset() !== expected) {
      throw new Error(`TZ is ${zone} (UTC${expected >= 0 ? '+' : ''}${expected / 60} on ${instant.toISOString()}) but Date gives UTC${-instant.getTimezoneOffset() / 60}`);
    }
  }
}
