#!/usr/bin/env node
// The `woonregie` command: runs src/cli/main.ts through tsx (no separate server build step).
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
