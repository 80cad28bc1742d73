// npm run bench:groups — only the big-group figures of `npm run bench` (workshops of 1,000
// and 10,000 participants, a 20,000-participant backup), against a preview of the current
// build (run `npx vite build` first). For checking an import or dashboard change quickly;
// the full bench stays the one quoted in the README.
import { spawn } from 'node:child_process';
import { measureBigGroups } from './workshop.mjs';

const port = Number(process.env.PORT ?? 4399);
const baseUrl = `http://localhost:${port}`;
const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], {
  stdio: 'ignore',
  detached: true,
});
try {
  for (let tries = 0; ; tries++) {
    const ok = await fetch(baseUrl).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) break;
    if (tries > 120) throw new Error(`no preview server on ${baseUrl}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const results = await measureBigGroups(baseUrl, {
    sizes: [1000, 10000],
    backupParticipants: 20000,
  });
  console.log(JSON.stringify(results, null, 2));
} finally {
  process.kill(-server.pid);
}
