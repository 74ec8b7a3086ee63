import type { Scenario } from '../scenario';
import { editTextKill } from './edit-text-kill';
import { noteTypingKill } from './note-typing-kill';

/** Every fault scenario, in the order the runner's table lists them. */
export const SCENARIOS: readonly Scenario[] = [noteTypingKill, editTextKill];
