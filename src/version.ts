declare const __STAGEFLOW_VERSION__: string | undefined;

/** Replaced at build time; tests that run the sources see "dev". */
export const VERSION = typeof __STAGEFLOW_VERSION__ === 'string' ? __STAGEFLOW_VERSION__ : 'dev';
