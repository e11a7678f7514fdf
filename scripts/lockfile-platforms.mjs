/**
 * The registry these machines reach mirrors only the Linux builds of rollup's native binaries, so
 * `npm install` leaves the other platforms' optional packages out of package-lock.json and `npm ci`
 * then rejects the lockfile as out of sync. This adds lock entries for them, marked with their
 * os/cpu so that npm skips them (never downloads them) on a platform they are not for.
 * Run after any `npm install` that touches the lockfile: `node scripts/lockfile-platforms.mjs`.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const cpus = ['arm64', 'x64', 'ia32', 'arm', 'loong64', 'ppc64', 'riscv64', 's390x'];
const platformOf = (name) => {
  const parts = name.replace(/^@rollup\/rollup-/, '').split('-');
  const os = { win32: 'win32', darwin: 'darwin', linux: 'linux', android: 'android', freebsd: 'freebsd', openbsd: 'openbsd', openharmony: 'openharmony' }[parts[0]];
  const cpu = parts[1] === 'arm' ? 'arm' : cpus.find((c) => parts[1] === c);
  const libc = parts[2] === 'musl' || parts[2] === 'musleabihf' ? 'musl' : parts[2]?.startsWith('gnu') ? 'glibc' : undefined;
  return { os, cpu, libc };
};
let added = 0;
for (const [path, pkg] of Object.entries(lock.packages)) {
  if (!path.endsWith('node_modules/rollup')) continue;
  for (const [dep, version] of Object.entries(pkg.optionalDependencies ?? {})) {
    const key = `${path.slice(0, -'rollup'.length)}${dep}`;
    if (lock.packages[key]) continue;
    const { os, cpu, libc } = platformOf(dep);
    if (!os || !cpu) throw new Error(`cannot tell the platform of ${dep}`);
    lock.packages[key] = { version, cpu: [cpu], dev: true, ...(libc ? { libc: [libc] } : {}), license: 'MIT', optional: true, os: [os] };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
process.stdout.write(`lockfile-platforms: added ${added} entries\n`);
