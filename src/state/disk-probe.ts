/**
 * Tells a full disk from a damaged database when the browser does not say which. Chromium, after
 * a write fails for want of space, may close the database and then report only "Internal error
 * opening backing store", the same words as for damage; its storage estimate does not see the
 * disk either. So write a little elsewhere (the origin's private file system, else the Cache
 * API) and see whether that fails too.
 */
const PROBE_BYTES = 256 * 1024;
const PROBE_NAME = 'slant-disk-probe';

async function probeFileSystem(): Promise<boolean | undefined> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.getDirectory) return undefined;
  let root: FileSystemDirectoryHandle;
  try {
    root = await storage.getDirectory();
  } catch {
    return undefined;
  }
  try {
    const file = await root.getFileHandle(PROBE_NAME, { create: true });
    const writable = await file.createWritable();
    await writable.write(new Uint8Array(PROBE_BYTES));
    await writable.close();
    return true;
  } catch {
    return false;
  } finally {
    await root.removeEntry(PROBE_NAME).catch(() => undefined);
  }
}

async function probeCache(): Promise<boolean | undefined> {
  if (typeof caches === 'undefined') return undefined;
  try {
    const cache = await caches.open(PROBE_NAME);
    await cache.put('/__disk-probe', new Response(new Uint8Array(PROBE_BYTES)));
    return true;
  } catch {
    return false;
  } finally {
    await caches.delete(PROBE_NAME).catch(() => undefined);
  }
}

/** Whether a small write outside the database fails: then the disk (or quota) is full. */
export async function diskLooksFull(): Promise<boolean> {
  const written = (await probeFileSystem()) ?? (await probeCache());
  return written === false;
}
