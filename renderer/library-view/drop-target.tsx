// Drag files from the desktop onto any part of the window to import them into the library: the window says
// where they will go while they are over it, and the Library view opens on the result.
import { useEffect, useState } from 'react';
import { store } from '../app/desk-store';
import { dropSummary, importDropped } from './drop-import';

const carriesFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false;

export function DropTarget() {
  const [over, setOver] = useState(false);
  const [working, setWorking] = useState('');
  useEffect(() => {
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth++;
      setOver(true);
    };
    const overWindow = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setOver(false);
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length === 0) return;
      store.set({ mainView: 'library', libraryNotice: '' });
      void importDropped(files, (name, index) =>
        setWorking(`Importing ${name} (${index + 1} of ${files.length})…`),
      ).then((result) => {
        setWorking('');
        store.set({ libraryVersion: store.get().libraryVersion + 1, libraryNotice: dropSummary(result) });
      });
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', overWindow);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', overWindow);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);
  if (!over && !working) return null;
  return (
    <div className={over ? 'drop-overlay drop-overlay--over' : 'drop-overlay'} role="status">
      <p className="drop-message">{working || 'Drop the files to import them into the library'}</p>
    </div>
  );
}
