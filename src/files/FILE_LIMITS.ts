/**
 * What the app opens. Real flows are a few KB (the service caps a definition at 128 KB); 2 MB leaves
 * ample room while keeping a wrong pick (a video, a database dump) from freezing the tab.
 */
export const FILE_LIMITS = {
  maxBytes: 2 * 1024 * 1024,
  extensions: ['.yaml', '.yml', '.json'],
  /** For `<input type=file accept>`, so the picker offers the right files first. */
  accept: '.yaml,.yml,.json,application/json,application/yaml,text/yaml',
} as const
