// `npm start`: runs the compiled JavaScript (`npm run build`, also run by `npm install`) when it is
// at least as new as every TypeScript source; otherwise the sources themselves through tsx, saying
// so once. tsx's loader costs about a second of CPU at every start (measured in issue 12).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'dist', 'src', 'main.js');
const stamp = join(root, 'dist', '.tsbuildinfo');

/** Newest modification time of the TypeScript files under `dir`. */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) latest = Math.max(latest, newest(path));
    else if (entry.name.endsWith('.ts')) latest = Math.max(latest, statSync(path).mtimeMs);
  }
  return latest;
}

const fresh = existsSync(built) && existsSync(stamp) && statSync(stamp).mtimeMs >= Math.max(newest(join(root, 'src')), newest(join(root, 'commands')));
if (fresh) {
  await import(pathToFileURL(built).href);
} else {
  process.stderr.write('factdesk: the compiled build is missing or older than the sources; running them through tsx (npm run build starts faster)\n');
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(join(root, 'src', 'main.ts')).href);
}
