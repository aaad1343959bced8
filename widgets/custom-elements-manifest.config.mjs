/** Custom Elements Manifest analyzer settings: the widgets' sources, Lit-aware, into widgets/. */
export default {
  globs: ['widgets/src/**/*.ts'],
  exclude: ['widgets/src/**/*.styles.ts'],
  outdir: 'widgets',
  litelement: true,
  dev: false,
  // Leave package.json alone (the analyzer would otherwise add a "customElements" field).
  packagejson: false,
  plugins: [
    {
      // Modules in path order: the source globs come back in the file system's order, which
      // differs between machines, and the committed manifest should not change with it.
      name: 'modules-in-path-order',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
