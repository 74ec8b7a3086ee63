import type { Scenario } from '../scenario';
import { deleteWhileTyping } from './delete-while-typing';
import { diskFull } from './disk-full';
import { editTextKill } from './edit-text-kill';
import { fieldsTwoTabs } from './fields-two-tabs';
import { libraryDropped } from './library-dropped';
import { noteTypingKill } from './note-typing-kill';
import { restoreKill } from './restore-kill';
import { sameNoteTwoTabs } from './same-note-two-tabs';
import { undoAfterRemoteDelete } from './undo-after-remote-delete';
import { updateReload } from './update-reload';
import { upgradeWhileTyping } from './upgrade-while-typing';

/** Every fault scenario, in the order the runner's table lists them. */
export const SCENARIOS: readonly Scenario[] = [
  diskFull,
  libraryDropped,
  noteTypingKill,
  editTextKill,
  restoreKill,
  deleteWhileTyping,
  undoAfterRemoteDelete,
  sameNoteTwoTabs,
  fieldsTwoTabs,
  upgradeWhileTyping,
  updateReload,
];
