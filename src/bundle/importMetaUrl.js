// Injected by esbuild into the CommonJS bundle (dist/jwtguard.cjs), where `import.meta.url` does
// not exist: it becomes the bundle's own file URL. The bundle sits in dist/ like every module of
// the tsc build, so paths resolved from it (see src/packageRoot.ts) are the same in both builds.
export const importMetaUrl = require('node:url').pathToFileURL(__filename).href;
