// `npm start`: install what is missing, build, and serve the built app on 127.0.0.1.
import { execSync, spawn } from 'node:child_process';

execSync('node scripts/ensure-deps.mjs', { stdio: 'inherit' });
console.log('Building Tenure…');
execSync('npx vite build --logLevel warn', { stdio: 'inherit' });

const port = process.env.PORT ?? '4173';
const server = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', port, '--strictPort'],
  {
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
let announced = false;
server.stdout.on('data', (data) => {
  if (!announced && String(data).includes('http')) {
    announced = true;
    console.log(`\nTenure is running at http://127.0.0.1:${port}/  (Ctrl+C to stop)\n`);
  }
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
