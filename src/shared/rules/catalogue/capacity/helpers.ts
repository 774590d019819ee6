// Wording helpers shared by the high-availability and capacity rules. Pure.
import { fmt } from '../../context'

/** "1 management point", "3 management points". */
export const counted = (n: number, noun: string): string => `${fmt(n)} ${noun}${n === 1 ? '' : 's'}`
