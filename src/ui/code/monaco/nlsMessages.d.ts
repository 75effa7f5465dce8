// Monaco's translated UI messages: a script that only sets `globalThis._VSCODE_NLS_MESSAGES` (no exports).
declare module 'monaco-editor/esm/nls.messages.zh-cn.js'
