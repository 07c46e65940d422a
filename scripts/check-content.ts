#!/usr/bin/env node
/**
 * `npm run check:content [-- <content dir>]`: runs every content rule without building,
 * printing `file: field: fix` lines. Exit code 1 when a rule fails.
 */
import { resolve } from 'node:path';
import { checkContent, formatProblem } from '../src/content-rules/index.ts';
import { readContent } from '../src/content-rules/read.ts';

const root = resolve(import.meta.dirname, '..');
const dir = resolve(root, process.argv[2] ?? process.env.SIMEXIT_CONTENT ?? 'content');
const problems = checkContent(readContent(root, dir));
for (const p of problems) console.log(formatProblem(p));
console.log(problems.length ? `${problems.length} content problem(s)` : 'content rules: ok');
process.exit(problems.length ? 1 : 0);
