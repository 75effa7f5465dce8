import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './ui/App.tsx'
import { FilesRoot } from './ui/files/FilesRoot.tsx'
import { startFiles } from './ui/files/startFiles.ts'
import './ui/app.css'

const { designer, files } = startFiles()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <FilesRoot files={files}>
      <App designer={designer} />
    </FilesRoot>
  </StrictMode>,
)
