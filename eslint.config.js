// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'coverage/**', '.cache/**', '.scratch/**', 'dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // The core is pure: no Discord, no environment, no file system, no edges (docs/adr/0001).
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'discord.js', message: 'src/core must not depend on Discord.' },
            { name: 'dotenv', message: 'src/core must not read the environment.' },
            { name: 'fs', message: 'src/core does no I/O: inject it from src/io.' },
            { name: 'node:fs', message: 'src/core does no I/O: inject it from src/io.' },
            { name: 'fs/promises', message: 'src/core does no I/O: inject it from src/io.' },
            { name: 'node:fs/promises', message: 'src/core does no I/O: inject it from src/io.' },
          ],
          patterns: [
            { group: ['@discordjs/*'], message: 'src/core must not depend on Discord.' },
            { group: ['**/discord/**', '**/io/**', '**/console/**', '**/cli/**', '**/commands/**'], message: 'src/core must not import the edges.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: 'src/core must not read process state; pass it in.' }],
    },
  },
);
