// Progressive first render of long drafts. Mounting all 3,000 paragraphs of a 300-page draft at once takes
// seconds; instead the first chunks (the first pages) mount at once, so the draft is editable immediately,
// and the rest mount a few chunks per frame right after. Chunks created later by editing mount at once.
import { createContext, useContext, useEffect, useState } from 'react';
import type { RenderChunkProps } from 'slate-react';

/** Chunks (of CHUNK_SIZE top-level blocks) that mount with the editor, then per background task. */
const FIRST_CHUNKS = 4;
const CHUNKS_PER_TASK = 3;

export class ChunkRevealer {
  private mounted = 0;
  private queue: (() => void)[] = [];
  private scheduled = false;
  private settled = false;

  /** True for the first chunks and for every chunk once the initial render has finished. */
  revealAtOnce(): boolean {
    if (this.settled) return true;
    this.mounted += 1;
    return this.mounted <= FIRST_CHUNKS;
  }

  enqueue(reveal: () => void): () => void {
    this.queue.push(reveal);
    this.schedule();
    return () => {
      this.queue = this.queue.filter((r) => r !== reveal);
    };
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    // After the frame that shows the first pages, a few chunks per task keep typing responsive meanwhile.
    requestAnimationFrame(() =>
      setTimeout(() => {
        this.scheduled = false;
        for (const reveal of this.queue.splice(0, CHUNKS_PER_TASK)) reveal();
        if (this.queue.length > 0) this.schedule();
        else this.settled = true;
      }, 0),
    );
  }
}

export const ChunkRevealContext = createContext<ChunkRevealer | null>(null);

export function RevealingChunk({ attributes, children, lowest }: RenderChunkProps) {
  const revealer = useContext(ChunkRevealContext);
  const [revealed, setRevealed] = useState(() => !lowest || !revealer || revealer.revealAtOnce());
  useEffect(() => {
    if (revealed || !revealer) return;
    return revealer.enqueue(() => setRevealed(true));
  }, [revealed, revealer]);
  return (
    <div {...attributes} className={lowest ? 'doc-chunk doc-chunk--lowest' : 'doc-chunk'}>
      {revealed ? children : <div className="doc-chunk-pending" contentEditable={false} />}
    </div>
  );
}
