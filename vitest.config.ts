import { defineConfig } from 'vitest/config';

// `vitest run --mode deep` (npm run test:deep) is the same suite with many more fast-check runs per property.
export default defineConfig(({ mode }) => ({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: mode === 'deep' ? 900_000 : 30_000,
    setupFiles: mode === 'deep' ? ['test/_deep/fastCheckDeep.ts'] : [],
  },
}));
