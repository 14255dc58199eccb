import picocolors from 'picocolors';

/**
 * Whether the user turned colours off: NO_COLOR (https://no-color.org), or FORCE_COLOR=0, which
 * picocolors reads as "force them on" (any value is) while chalk and ansi-colors read it as off.
 */
export function colorsTurnedOff(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.NO_COLOR) || env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false';
}

/** The one picocolors every message uses: picocolors' own choice, unless colours were turned off. */
const pc = colorsTurnedOff() ? picocolors.createColors(false) : picocolors;
export default pc;
