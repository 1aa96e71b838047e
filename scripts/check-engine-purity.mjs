#!/usr/bin/env node
// The engine is a pure function (DESIGN.md section 4): no clock, randomness, timers or I/O.
// This scans packages/engine/src (tests excluded) and exits 1 naming each forbidden use.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dir = join(root, 'packages', 'engine', 'src');
const rules = [
  [/\bDate\.now\s*\(/, 'Date.now(): time comes from env.now'],
  [/\bnew Date\s*\(\s*\)/, 'new Date(): time comes from env.now'],
  [/(^|[^.\w])Date\s*\(\s*\)/, 'Date(): time comes from env.now'],
  [/\bhrtime\b/, 'hrtime: time comes from env.now'],
  [/\bMath\.random\s*\(/, 'Math.random(): ids come from env.ids'],
  [/\bcrypto\b/, 'crypto: ids come from env.ids'],
  [/\b(setTimeout|setInterval|setImmediate|queueMicrotask)\s*\(/, 'timers: emit a start-timer effect instead'],
  [/\bperformance\.now\s*\(/, 'performance.now(): time comes from env.now'],
  [/\bprocess\./, 'process: the engine reads no environment'],
  [/\bfetch\s*\(/, 'fetch(): emit an http effect instead'],
  [/\b(XMLHttpRequest|WebSocket|EventSource)\b/, 'network: emit an http effect instead'],
  [/\bglobalThis\b/, 'globalThis: the engine reads no global state'],
  [/\brequire\s*\(|\bimport\s*\(/, 'dynamic loading: import statically'],
  [/from\s+['"](node:)?(fs|path|http|https|net|child_process|os|crypto|dgram|dns|tls|worker_threads)(\/[^'"]*)?['"]/, 'Node I/O modules are not allowed in the engine'],
  [/\beval\s*\(|\bnew Function\s*\(/, 'code generation is not allowed'],
];

function* files(d) {
  let entries = [];
  try { entries = readdirSync(d); } catch { return; }
  for (const name of entries) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else if (/\.ts$/.test(name) && !/\.test\.ts$/.test(name)) yield p;
  }
}

let bad = 0;
for (const file of files(dir)) {
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (/^\s*(\/\/|\*)/.test(line)) return;
    for (const [re, why] of rules) {
      if (re.test(line)) {
        console.error(`${relative(root, file)}:${i + 1}: ${why}`);
        bad++;
      }
    }
  });
}
if (bad) process.exit(1);
console.log('engine purity: ok');
