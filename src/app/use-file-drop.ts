import { useEffect } from 'react';
import { useImportQueue } from '../state/import-queue';
import { goTo } from '../ui/shared/routes';

/**
 * Files dropped anywhere on Slant go to the import preview. Drops the editor or the import page
 * handle themselves (they cancel the event) are left alone, and so is dragged text.
 */
export function useFileDrop() {
  useEffect(() => {
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const onDragOver = (event: DragEvent) => {
      if (hasFiles(event)) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event) || event.defaultPrevented) return;
      event.preventDefault();
      useImportQueue.getState().enqueue([...(event.dataTransfer?.files ?? [])]);
      goTo({ name: 'import' });
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
}
