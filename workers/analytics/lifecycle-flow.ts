/**
 * The lifecycle board's stage flow: each customer's stage at each period end under the
 * board's current rules (traced once per grain, rules and model, kept by the session), and
 * the start → end matrix of any range of it.
 */
import { transfer } from 'comlink';
import {
  DAYS_PER_UNIT,
  evaluationDays,
  periodFrame,
  periodLabel,
  probabilityAlive,
  rangeFlow,
  stageFlow,
  type Grain,
  type Lane,
  type StageFlow,
} from '../../src/core/index.ts';
import { boardOf } from './board-load.ts';
import type { LifecycleFlow } from './protocol/index.ts';
import { session } from './session.ts';

/** A traced flow with its period labels and lane names. */
export interface TracedFlow {
  labels: string[];
  lanes: Lane[];
  flow: StageFlow;
}

/** The stage flow of the data set at a grain under the board's current rules. */
async function tracedFlow(datasetId: string, grain: Grain): Promise<TracedFlow> {
  const s = await session(datasetId);
  const b = await boardOf(s);
  const params = b.model?.fit.bgnbd.params;
  const key = JSON.stringify([grain, b.config, params ?? null, b.timeline.maxDay]);
  return s.keep('flow', key, () => {
    const frame = periodFrame(b.timeline, grain);
    const days = evaluationDays(frame, b.timeline.maxDay);
    const unit = DAYS_PER_UNIT[b.model?.fit.unit ?? 'week'];
    const pAliveAt = params
      ? (x: number, tx: number, T: number) => probabilityAlive(params, x, tx / unit, T / unit)
      : undefined;
    return {
      labels: Array.from(days, (_, p) => periodLabel(frame.first + p, grain)),
      lanes: b.config.lanes,
      flow: stageFlow(b.timeline, b.config, days, pAliveAt),
    };
  });
}

export const lifecycleFlow = {
  /** Stage flow by the rules between consecutive period ends of the data. */
  async traceFlow(datasetId: string, grain: Grain): Promise<LifecycleFlow> {
    const { labels, lanes, flow } = await tracedFlow(datasetId, grain);
    const counts = flow.counts.slice();
    const stock = flow.stock.slice();
    return transfer({ labels, lanes, counts, stock }, [counts.buffer, stock.buffer]);
  },

  /**
   * Start → end of a range of that flow: each customer once, by their stage at the end of
   * period from − 1 and at the end of period to (rangeFlow; S × S, S = lanes + 1).
   */
  async traceFlowRange(
    datasetId: string,
    grain: Grain,
    from: number,
    to: number,
  ): Promise<Int32Array> {
    const { flow } = await tracedFlow(datasetId, grain);
    const matrix = rangeFlow(flow, from, to);
    return transfer(matrix, [matrix.buffer]);
  },
};
