// eslint: typescript-eslint's recommended rules on every TypeScript file; formatting is prettier's business.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'reports/*/', '!reports/html/', '!reports/junit/', 'tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // The plain-JavaScript files (cli/bin.mjs, build/build.mjs) run on Node.
  { files: ['**/*.mjs'], languageOptions: { globals: { process: 'readonly', URL: 'readonly' } } },
  {
    rules: {
      // An unused value is dead code; a name starting with _ says it is unused on purpose (a destructured leftover).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
);
