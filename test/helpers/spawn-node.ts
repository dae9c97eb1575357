/**
 * Runs a command (Node with the CLI, or a shell pipeline) in the project root with colour off, feeds
 * it `input` on stdin, and collects its exit code and both streams: the CLI's end-to-end tests
 * spawn it as users run it.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** What a spawned run gave back. */
export interface Spawned {
  code: number | null;
  stdout: string;
  stderr: string;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Runs the current Node with `args` (a script or `--import` flags first) and `input` on stdin. */
export function spawnNode(args: readonly string[], input = ''): Promise<Spawned> {
  return spawnCollect(process.execPath, args, input);
}

/** Runs `command` with `args` in the project root and `input` on stdin. */
export function spawnCollect(command: string, args: readonly string[], input = ''): Promise<Spawned> {
  return new Promise((done, fail) => {
    const child = spawn(command, [...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}
