import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './ui/App.tsx'
import { FilesRoot } from './ui/files/FilesRoot.tsx'
import { startFiles } from './ui/files/startFiles.ts'
import { startLanguage } from './ui/i18n/language.ts'
import { currentPlatform } from './ui/platform.ts'
import './ui/app.css'

// Picks the stylesheet's monospace face before anything is laid out (app.css, --mono-face).
document.documentElement.dataset.platform = currentPlatform()

const { designer, files } = startFiles()
// Storage is read (and the first document chosen) while the page renders, not after: on a first visit the canvas
// then has the seed example to draw in the first render or the next, with no wait for IndexedDB after it.
void files.start()

// The catalogue comes first so the first paint is already in the person's language (English loads nothing).
void startLanguage().then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <FilesRoot files={files}>
        <App designer={designer} />
      </FilesRoot>
    </StrictMode>,
  ),
)
