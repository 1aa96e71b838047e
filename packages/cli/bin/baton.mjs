#!/usr/bin/env node
// `npx baton` inside the workspace. There is no build step: tsx's loader is registered in this
// process and the TypeScript entry is imported.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
