// Renderer entry: mounts the app into index.html.
import './app/zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './styles/base.css';
import './styles/layout.css';
import './styles/buttons.css';
import './styles/form.css';
import './styles/drafts.css';
import './styles/dialogs.css';
import './styles/toolbar.css';
import './styles/sheet.css';
import './styles/chips.css';
import './styles/popover.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
