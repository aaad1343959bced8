/** Custom Elements Manifest analyzer settings: the widgets' sources, Lit-aware, into widgets/. */
export default {
  globs: ['widgets/src/**/*.ts'],
  exclude: ['widgets/src/**/*.styles.ts'],
  outdir: 'widgets',
  litelement: true,
  dev: false,
  // Leave package.json alone (the analyzer would otherwise add a "customElements" field).
  packagejson: false,
};
