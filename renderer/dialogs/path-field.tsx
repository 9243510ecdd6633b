// The typed full path of browser mode's Open and Save As, for those who know where the file is.
import { useState } from 'react';

/** The web host resolves paths on this computer; a relative one would land wherever it was started. */
export const isFullPath = (path: string): boolean => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(path.trim());

interface PathFieldProps {
  id: string;
  path: string;
  placeholder: string;
  onChange: (path: string) => void;
}

/** The typed full path. A bare file name says what is missing, in red only once the user has typed. */
export function PathField({ id, path, placeholder, onChange }: PathFieldProps) {
  const [edited, setEdited] = useState(false);
  const complete = isFullPath(path);
  return (
    <>
      <label htmlFor={`${id}-path`} className="field-label">
        File path
      </label>
      <input
        id={`${id}-path`}
        type="text"
        value={path}
        onChange={(e) => {
          onChange(e.target.value);
          setEdited(true);
        }}
        spellCheck={false}
        placeholder={placeholder}
        aria-invalid={edited && path.trim() !== '' && !complete ? true : undefined}
        aria-describedby={`${id}-path-hint`}
      />
      {path.trim() !== '' && !complete && (
        <p id={`${id}-path-hint`} className={edited ? 'form-problem' : 'form-help'}>
          Put the folder in front of the name, starting with / (or a drive letter such as C:\ on Windows), for
          example {placeholder}.
        </p>
      )}
    </>
  );
}
