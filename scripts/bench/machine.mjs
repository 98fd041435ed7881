// The machine line under the figures: the figures only mean something beside what ran them.
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';

export function describeMachine({ chromiumVersion, loadStart }) {
  const cpuModel = (readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.+)/) ?? [])[1] ?? cpus()[0]?.model ?? '?';
  const load = `load average ${loadStart.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end`;
  return `${availableParallelism()} CPUs (nproc), ${cpuModel.trim()}, Chromium ${chromiumVersion} headless, Node ${process.version}, ${load}`;
}
