// Re-exported so `vite dev` pre-bundles the worker's CommonJS dependencies (STACK.md pitfall 7a); the
// production build would also accept the direct `monaco-yaml/yaml.worker.js?worker` import.
import 'monaco-yaml/yaml.worker.js'
