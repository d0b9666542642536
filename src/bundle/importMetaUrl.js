// Injected by esbuild into the CommonJS bundles (dist/cli.cjs, dist/commands.cjs), where
// `import.meta.url` does not exist: it becomes the bundle's own file URL. The bundles sit in dist/
// like every module of the tsc build, so paths resolved from them (see src/packageRoot.ts) are the
// same in both builds. A getter, worked out on first use: a commit's scan seldom needs it.
let url;
export const importMeta = {
  get url() {
    url ??= require('node:url').pathToFileURL(__filename).href;
    return url;
  },
};
