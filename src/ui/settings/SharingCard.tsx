import { useState, type FormEvent } from 'react';
import { useSharingStore } from '../../state/sync/sharing-store';
import { createNewSpace, explain, joinWithCode } from '../../state/sync/sharing-commands';
import { Notice, type NoticeMessage } from '../shared/Notice';
import { SpaceDetails } from './SpaceDetails';

/** The address this copy of Slant was opened from, when a sync server serves it. */
const ownAddress = () => (/^https?:$/.test(window.location.protocol) ? window.location.origin : '');

/**
 * Settings › Sharing: solo until the user creates or joins a space on a sync server; then the
 * space, its members, codes and lessons (SpaceDetails).
 */
export function SharingCard() {
  const membership = useSharingStore((s) => s.membership);
  return (
    <section aria-labelledby="sharing-heading" className="settings-card sharing" id="sharing">
      <h2 id="sharing-heading">Sharing</h2>
      {membership === undefined ? (
        <p role="status">Checking…</p>
      ) : membership ? (
        <SpaceDetails member={membership} />
      ) : (
        <SoloForms />
      )}
    </section>
  );
}

function SoloForms() {
  const [address, setAddress] = useState(ownAddress);
  const [message, setMessage] = useState<NoticeMessage | null>(null);
  const [busy, setBusy] = useState(false);

  const run = (action: () => Promise<unknown>) => async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      await action();
    } catch (error) {
      setMessage({ text: explain(error, address), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <p>
        Slant works alone: nothing leaves this browser. To share documents and annotations with a
        class or a newsroom, someone runs a Slant server (<code>npm run server</code>) and everyone
        opens Slant from its address.
      </p>
      <label className="stacked">
        Server address
        <input
          value={address}
          onChange={(e) => setAddress(e.target.value)}
          placeholder="http://192.168.1.20:1234"
          inputMode="url"
          autoComplete="url"
        />
      </label>
      <CreateForm
        busy={busy}
        onSubmit={(space, kind, name) => run(() => createNewSpace(address, space, kind, name))}
      />
      <JoinForm
        busy={busy}
        onSubmit={(code, name) => run(() => joinWithCode(address, code, name))}
      />
      <Notice message={message} />
    </>
  );
}

function CreateForm({
  busy,
  onSubmit,
}: {
  busy: boolean;
  onSubmit: (space: string, kind: 'class' | 'newsroom', name: string) => (e: FormEvent) => void;
}) {
  const [space, setSpace] = useState('');
  const [kind, setKind] = useState<'class' | 'newsroom'>('class');
  const [name, setName] = useState('');
  return (
    <form
      className="sharing-form"
      aria-labelledby="create-space-heading"
      onSubmit={onSubmit(space, kind, name)}
    >
      <h3 id="create-space-heading">Create a space</h3>
      <label className="stacked">
        Name of the space
        <input
          required
          value={space}
          onChange={(e) => setSpace(e.target.value)}
          placeholder="9B media literacy"
        />
      </label>
      <fieldset>
        <legend>Kind of space</legend>
        <label>
          <input
            type="radio"
            name="space-kind"
            checked={kind === 'class'}
            onChange={() => setKind('class')}
          />{' '}
          A class: students see classmates’ work only as each lesson allows
        </label>
        <label>
          <input
            type="radio"
            name="space-kind"
            checked={kind === 'newsroom'}
            onChange={() => setKind('newsroom')}
          />{' '}
          A newsroom: members see each other’s layers
        </label>
      </fieldset>
      <label className="stacked">
        Your name
        <input
          required
          value={name}
          onChange={(e) => setName(e.target.value)}
          autoComplete="name"
        />
      </label>
      <p className="hint">
        Creating a space shares your library (articles, tags, outlets, collections and lessons) with
        everyone who joins, and your own annotations with its owners.
      </p>
      <button type="submit" disabled={busy}>
        Create the space
      </button>
    </form>
  );
}

function JoinForm({
  busy,
  onSubmit,
}: {
  busy: boolean;
  onSubmit: (code: string, name: string) => (e: FormEvent) => void;
}) {
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  return (
    <form
      className="sharing-form"
      aria-labelledby="join-space-heading"
      onSubmit={onSubmit(code, name)}
    >
      <h3 id="join-space-heading">Join a space</h3>
      <label className="stacked">
        Invitation code
        <input
          required
          value={code}
          onChange={(e) => setCode(e.target.value)}
          placeholder="K7Q2-M9XD-4TPA-WZ3H"
          autoComplete="off"
        />
      </label>
      <label className="stacked">
        Your name, as the others will see it
        <input
          required
          value={name}
          onChange={(e) => setName(e.target.value)}
          autoComplete="name"
        />
      </label>
      <p className="hint">
        Joining shares your own annotations (“My annotations”) and your lesson work with the space’s
        owners, and in a newsroom with its members; your imported layers stay here.
      </p>
      <button type="submit" disabled={busy}>
        Join the space
      </button>
    </form>
  );
}
