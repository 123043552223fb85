import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import { folderLayersRule } from './eslint/folder-layers.mjs'

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'scratch/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        Buffer: 'readonly',
        console: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        performance: 'readonly',
        URL: 'readonly',
        URLSearchParams: 'readonly'
      }
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }
      ]
    }
  },
  {
    files: ['src/**'],
    plugins: { local: { rules: { 'folder-layers': folderLayersRule } } },
    rules: {
      'no-console': 'error',
      'local/folder-layers': 'error',
      // The toolkit and the SDK are real dependencies: only the wiring at the top may load them.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: '@actions/core', message: 'Only src/deps.ts and src/index.ts import @actions/core.' }],
          patterns: [
            {
              group: ['**/genesys/client.js', './client.js'],
              message: 'Only src/deps.ts constructs the SDK adapter.'
            },
            {
              group: ['purecloud-platform-client-v2', 'purecloud-platform-client-v2/*'],
              message: 'Only genesys/ loads the SDK.'
            }
          ]
        }
      ]
    }
  },
  {
    files: ['src/deps.ts', 'src/index.ts', 'src/types/**'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' }
  },
  {
    files: ['src/genesys/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: '@actions/core', message: 'Only src/deps.ts and src/index.ts import @actions/core.' }] }
      ]
    }
  },
  {
    files: ['test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' }
  },
  {
    files: ['test/**', 'emulator/**', 'conformance/**', 'demo/**', 'bench/**', 'harness/**'],
    rules: { 'no-console': 'off' }
  }
)
