import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './ui/App.tsx'
import { startDesigner } from './ui/startDesigner.ts'
import './ui/app.css'

const designer = startDesigner()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App designer={designer} />
  </StrictMode>,
)
