import type { DragEvent } from 'react';

/**
 * Handlers that let files be dropped on one card instead of going to the importer: a drop the
 * card takes is cancelled, so the app-wide handler (`use-file-drop.ts`) leaves it alone.
 */
export function fileDropZone(onFiles: (files: File[]) => void) {
  const hasFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');
  return {
    onDragOver: (event: DragEvent) => {
      if (hasFiles(event)) event.preventDefault();
    },
    onDrop: (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      onFiles([...event.dataTransfer.files]);
    },
  };
}
