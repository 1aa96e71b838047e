// A template folder's scenarios (scenarios/*.json that validate), carried into the flow when the
// template is installed so the studio can run them. Invalid files are left out, never thrown.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateScenario } from '@baton/schema';
import type { BatonScenario } from '@baton/schema';
import { MAX_SCENARIOS, saveScenario, scenarioId } from '../definitions/definition-scenarios.ts';
import type { Db } from '../store/store.ts';

export interface TemplateScenario {
  id: string;
  scenario: BatonScenario;
}

export function readTemplateScenarios(folder: string): TemplateScenario[] {
  const dir = join(folder, 'scenarios');
  if (!existsSync(dir)) return [];
  const out: TemplateScenario[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort().slice(0, MAX_SCENARIOS)) {
    try {
      const checked = validateScenario(JSON.parse(readFileSync(join(dir, file), 'utf8')));
      if (checked.ok) out.push({ id: scenarioId(file), scenario: checked.value });
    } catch {
      // Not JSON: `baton validate` reports it; the install goes on without it.
    }
  }
  return out;
}

export async function installTemplateScenarios(db: Db, key: string, scenarios: readonly TemplateScenario[], by: string, at: string): Promise<void> {
  for (const s of scenarios) await saveScenario(db, key, s.id, s.scenario, by, at);
}
