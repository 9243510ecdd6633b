// If the editor ever fails while rendering, the rest of the window stays up and nothing typed is lost: the
// draft's newest blocks are kept in the matter (so Save and autosave still have them) and the draft can be
// reopened. The user sees a plain message, never a stack trace.
import { Component } from 'react';
import type { ReactNode } from 'react';
import { store } from '../app/desk-store';

interface Props {
  children: ReactNode;
}

interface State {
  failed: boolean;
  attempt: number;
}

export class EditorErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, attempt: 0 };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  override componentDidCatch(): void {
    // Keep what the editor held before it goes away.
    const file = store.snapshot();
    store.liveEditor = null;
    if (file) store.set({ file });
    store.alert(
      'The editor ran into a problem and was closed. Your text is kept; select “Reopen draft” to go on.',
    );
  }

  override render() {
    if (!this.state.failed)
      return (
        <div key={this.state.attempt} className="editor-frame">
          {this.props.children}
        </div>
      );
    return (
      <div className="editor-empty">
        <div className="editor-empty-card">
          <h2>The editor was closed</h2>
          <p>Your text is kept in the matter. Reopen the draft to continue editing.</p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => this.setState((s) => ({ failed: false, attempt: s.attempt + 1 }))}
          >
            Reopen draft
          </button>
        </div>
      </div>
    );
  }
}
