// Finding the files a Baton file refers to: a template's workflow and record types, the record
// type a change-set workflow edits, a scenario's workflow and org. Paths in files are relative
// to the file that names them.
import { basename, dirname, join, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import type { DocumentReader } from '../files/document-reader.ts';
import { isObject } from './json-shape.ts';

export function relativeTo(file: string, ref: string): string {
  return join(dirname(file), ref);
}

/** The template.json of the folder a scenario lives in (`<template>/scenarios/x.json`). */
export function templateOfScenario(scenarioFile: string): string | undefined {
  const dir = dirname(scenarioFile);
  return basename(dir) === 'scenarios' ? join(dirname(dir), 'template.json') : undefined;
}

/** The workflow a scenario runs: its own `workflow`, else its template's. */
export async function workflowOfScenario(
  scenarioFile: string,
  scenario: Record<string, unknown>,
  reader: DocumentReader,
): Promise<string | undefined> {
  if (typeof scenario['workflow'] === 'string') return relativeTo(scenarioFile, scenario['workflow']);
  const template = templateOfScenario(scenarioFile);
  if (template === undefined) return undefined;
  const read = await reader.read(template);
  if (!read.ok || !isObject(read.value) || typeof read.value['workflow'] !== 'string') return undefined;
  return relativeTo(template, read.value['workflow']);
}

/**
 * Record type files near a workflow: those its template lists, then any record type file in the
 * workflow's folder or a `record-types/` folder beside it.
 */
export async function recordTypeFilesNear(workflowFile: string, cwd: string, reader: DocumentReader): Promise<string[]> {
  const dir = dirname(workflowFile);
  const files: string[] = [];
  const template = await reader.read(join(dir, 'template.json'));
  if (template.ok && isObject(template.value) && Array.isArray(template.value['recordTypes'])) {
    for (const ref of template.value['recordTypes']) if (typeof ref === 'string') files.push(join(dir, ref));
  }
  const nearby = await glob(['*.json', 'record-types/*.json'], { cwd: resolve(cwd, dir) });
  for (const f of nearby.sort()) {
    const path = join(dir, f);
    if (path !== workflowFile && !files.includes(path)) files.push(path);
  }
  return files;
}
