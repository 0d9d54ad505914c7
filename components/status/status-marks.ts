/** A shape per status, so status never depends on colour alone: drawn inside a circle on a 20×20 grid. */
export type StatusTone = 'ok' | 'minor' | 'major' | 'critical' | 'maint' | 'reserved';

export const statusMarks: Record<StatusTone, string> = {
  // check mark
  ok: 'M6.5 10.5l2.5 2.5 5-6',
  // minus: degraded
  minor: 'M6 10h8',
  // exclamation mark
  major: 'M10 5.5v5.5M10 14v.5',
  // cross
  critical: 'M7 7l6 6M13 7l-6 6',
  // wrench-like tool: maintenance
  maint: 'M12.5 5.5a2.5 2.5 0 0 0-3 3.2L5.5 12.7l1.8 1.8 4-4a2.5 2.5 0 0 0 3.2-3l-1.5 1.5-1.3-.2-.2-1.3z',
  // clock: reserved
  reserved: 'M10 6v4l2.5 1.5',
};
