// The name the history gives to the changes made on this computer (a preference; the system's user name
// unless set). Saving with an empty field goes back to the system's name.
import { useEffect, useState } from 'react';
import type { AuthorName } from '../../core/api/version-requests';
import { desk } from '../api/desk-client';
import { store } from '../app/desk-store';

export function AuthorSetting() {
  const [author, setAuthor] = useState<AuthorName | null>(null);
  const [typed, setTyped] = useState('');
  useEffect(() => {
    void desk()
      .authorName()
      .then((result) => {
        if (!result.ok) return;
        setAuthor(result.value);
        setTyped(result.value.name);
      });
  }, []);
  const save = async () => {
    const result = await desk().setAuthorName({ name: typed });
    if (!result.ok) return store.alert(result.error);
    setAuthor(result.value);
    setTyped(result.value.name);
  };
  if (!author) return null;
  return (
    <div className="version-mark-row">
      <label htmlFor="history-author" className="field-label">
        Your name in the history
      </label>
      <input
        id="history-author"
        value={typed}
        placeholder={author.systemName}
        maxLength={200}
        disabled={author.overridden}
        aria-describedby="history-author-help"
        onChange={(e) => setTyped(e.target.value)}
      />
      <button
        type="button"
        className="button button--small"
        disabled={author.overridden || typed.trim() === author.name}
        onClick={() => void save()}
      >
        Save name
      </button>
      <p id="history-author-help" className="form-help">
        {author.overridden
          ? 'Set by COUNSEL_DESK_AUTHOR on this computer.'
          : `Empty: your user name on this computer (${author.systemName}).`}
      </p>
    </div>
  );
}
