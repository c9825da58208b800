import '../../src/styles/base.css';
import '../../src/styles/sidepanel.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SidePanelApp } from '../../src/sidepanel/SidePanelApp';

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <SidePanelApp />
    </StrictMode>,
  );
