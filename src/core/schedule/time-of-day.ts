/** A wall-clock time, 24 h. */
export interface TimeOfDay {
  hour: number;
  minute: number;
}

export type ParseTimeResult = { ok: true; value: TimeOfDay } | { ok: false; error: 'invalid-time' };

const HH_MM = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/**
 * Reads `HH:MM` (24 h; `7:05` is accepted too). Anything else, `25:00` or `8am` included, is an
 * error rather than a guess: a digest at the wrong hour is worse than a prompt to retype.
 *
 * @example
 * parseTimeOfDay('08:30'); // { ok: true, value: { hour: 8, minute: 30 } }
 * parseTimeOfDay('25:00'); // { ok: false, error: 'invalid-time' }
 */
export function parseTimeOfDay(text: string): ParseTimeResult {
  const match = HH_MM.exec(text.trim());
  if (!match) return { ok: false, error: 'invalid-time' };
  return { ok: true, value: { hour: Number(match[1]), minute: Number(match[2]) } };
}

/**
 * `HH:MM` with leading zeros.
 *
 * @example
 * formatTimeOfDay({ hour: 7, minute: 5 }); // '07:05'
 */
export function formatTimeOfDay(time: TimeOfDay): string {
  return `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
}
