/**
 * The scenario being edited, kept per data set (storage's draft record) so that it survives a
 * visit to another screen, a reload or a closed tab: the scenario with the user's segments,
 * the saved scenario it was opened from, and the state it was last saved or opened in (to tell
 * whether it has unsaved changes). A draft that cannot be read is ignored, never trusted.
 */
import {
  checkFilterSegments,
  checkScenario,
  type FilterSegment,
  type Scenario,
} from '../core/index.ts';
import { readDraft, writeDraft } from '../storage/scenarios.ts';

export interface Draft {
  version: 1;
  scenario: Scenario;
  filters: FilterSegment[];
  /** The saved scenario it was opened from or last saved as (null: none). */
  openId: string | null;
  /** The scenario as last saved or opened (its key), to compare with (null: fresh). */
  baseline: string | null;
}

/**
 * What the unsaved-changes test compares: the scenario without its optimiser budget, in the
 * checked form (fields in one order, whatever order the worker or a file gave them).
 */
export function scenarioKey(scenario: Scenario): string {
  const plain = JSON.parse(JSON.stringify({ ...scenario, budget: null })) as unknown;
  try {
    return JSON.stringify(checkScenario(plain));
  } catch {
    return JSON.stringify(plain);
  }
}

/** Writes under way, per data set: a screen opened again reads after the last one ends. */
const writing = new Map<string, Promise<void>>();

/** The data set's draft, or null when there is none or it is unreadable. */
export async function loadDraft(datasetId: string): Promise<Draft | null> {
  await writing.get(datasetId)?.catch(() => undefined);
  try {
    const body = (await readDraft(datasetId)) as Partial<Draft> | undefined;
    if (!body || body.version !== 1) return null;
    return {
      version: 1,
      scenario: checkScenario(body.scenario),
      filters: checkFilterSegments(body.filters ?? []),
      openId: typeof body.openId === 'string' ? body.openId : null,
      baseline: typeof body.baseline === 'string' ? body.baseline : null,
    };
  } catch {
    return null;
  }
}

/** Keeps the draft; a failure to keep it is reported (the screen still works). */
export async function keepDraft(datasetId: string, draft: Draft): Promise<void> {
  const previous = writing.get(datasetId) ?? Promise.resolve();
  const write = previous.catch(() => undefined).then(() => writeDraft(datasetId, draft));
  writing.set(datasetId, write);
  try {
    await write;
  } finally {
    if (writing.get(datasetId) === write) writing.delete(datasetId);
  }
}

/** Whether a draft fits segments the worker just sent: same grouping, same segment keys. */
export function draftFits(draft: Draft, fresh: Scenario): boolean {
  const a = draft.scenario;
  return (
    a.segmentation === fresh.segmentation &&
    a.segments.length === fresh.segments.length &&
    a.segments.every((s, i) => s.key === fresh.segments[i]!.key)
  );
}
