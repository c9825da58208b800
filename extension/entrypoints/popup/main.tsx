import '../../src/styles/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '../../src/popup/PopupApp';

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <PopupApp />
    </StrictMode>,
  );
