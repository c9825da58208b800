import { readFileSync } from 'node:fs';

/**
 * Peak resident memory (VmHWM, in MB) of a process and any children it started, read from
 * /proc: the kernel keeps the high-water mark, so one read after the work sees its peak.
 */
export function peakMemoryMb(rootPid: number): number {
  let peak = 0;
  const visit = (pid: number) => {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      peak = Math.max(peak, Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024);
      const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
      for (const child of children ? children.split(/\s+/) : []) visit(Number(child));
    } catch {
      // The process ended between listing and reading.
    }
  };
  visit(rootPid);
  return peak;
}
