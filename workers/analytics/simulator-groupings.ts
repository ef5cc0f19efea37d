/**
 * How the simulator groups customers into segments: value × risk cells, RFM segments, customer
 * attributes and the user's own conditions, as a group index per model row and a key and name
 * code per group (never words). The last grouping is kept by the session.
 */
import {
  RFM_SEGMENTS,
  SPLIT_ATTRIBUTES,
  attributeGroups,
  CUSTOM_PREFIX,
  filterGroups,
  parseCustomSegmentation,
  rfmScores,
  type SegmentName,
  type SegmentTier,
  type SplitAttribute,
  type TierLevel,
} from '../../src/core/index.ts';
import { splitBy } from './context.ts';
import type { CustomerModel } from './predictive-model.ts';
import type { SegmentationId } from './protocol/index.ts';
import type { Session } from './session.ts';
import { filterColumnsOf } from './simulator-figures.ts';

export interface Grouping {
  /** Group index per model row; −1: in no segment. */
  group: Int32Array;
  labels: { key: string; name: SegmentName }[];
  /** Grid cell per group, where the grouping is the grid itself. */
  cells?: SegmentTier[];
}

function valueRiskGrouping(s: Session, m: CustomerModel): Grouping {
  const t = s.tiers(m);
  const group = new Int32Array(t.cell.length);
  for (let i = 0; i < group.length; i++) {
    // Win-back customers (valuable, already lost) form their own segment, carved out of the cells.
    group[i] = t.cell[i] === 255 ? -1 : t.winBack[i] ? 9 : t.cell[i]!;
  }
  const labels: Grouping['labels'] = [];
  const cells: SegmentTier[] = [];
  for (const value of [0, 1, 2] as TierLevel[]) {
    for (const risk of [0, 1, 2] as TierLevel[]) {
      labels.push({ key: `v${value}r${risk}`, name: { kind: 'cell', value, risk } });
      cells.push({ value, risk });
    }
  }
  labels.push({ key: 'winBack', name: { kind: 'winBack' } });
  cells.push({ value: 2, risk: 2, winBack: true });
  return { group, labels, cells };
}

async function rfmGrouping(s: Session, m: CustomerModel): Promise<Grouping> {
  if (!m.columns) throw new Error('RFM segments need a transactions data set.');
  const { columns } = await s.data();
  const rfm = rfmScores(columns, { asOf: m.fit.end ?? m.fit.lastDay ?? 0 });
  const group = Int32Array.from(m.summary.customer, (c) => {
    const k = rfm.segment[c]!;
    return k < RFM_SEGMENTS.length ? k : -1;
  });
  const labels = RFM_SEGMENTS.map((value) => ({
    key: `rfm:${value}`,
    name: { kind: 'value', value } as const,
  }));
  return { group, labels };
}

async function attributeGrouping(
  s: Session,
  m: CustomerModel,
  attribute: SplitAttribute,
): Promise<Grouping> {
  if (!SPLIT_ATTRIBUTES.includes(attribute)) throw new Error(`unknown attribute: ${attribute}`);
  const split = m.columns ? splitBy(await s.data(), attribute) : undefined;
  if (!split) throw new Error(`This data set has no "${attribute}" attribute to segment by.`);
  const values = Int32Array.from(m.summary.customer, (c) => split.values[c]!);
  return attributeGroups(values, split.labels, attribute);
}

async function customGrouping(
  s: Session,
  m: CustomerModel,
  segmentation: SegmentationId,
): Promise<Grouping> {
  const segments = parseCustomSegmentation(segmentation);
  const columns = await filterColumnsOf(s, m);
  const group = filterGroups(segments, columns, m.ids.length);
  const labels: Grouping['labels'] = segments.map((segment, i) => ({
    key: `custom:${i}:${segment.name}`,
    name: { kind: 'value', value: segment.name },
  }));
  labels.push({ key: 'custom:rest', name: { kind: 'rest' } });
  return { group, labels };
}

async function groupingFor(
  s: Session,
  m: CustomerModel,
  segmentation: SegmentationId,
): Promise<Grouping> {
  if (segmentation === 'valueRisk') return valueRiskGrouping(s, m);
  if (segmentation.startsWith(CUSTOM_PREFIX)) return customGrouping(s, m, segmentation);
  if (segmentation === 'rfm') return rfmGrouping(s, m);
  if (segmentation.startsWith('attribute:')) {
    return attributeGrouping(s, m, segmentation.slice(10) as SplitAttribute);
  }
  throw new Error(`unknown segmentation: ${segmentation}`);
}

/** The grouping of a model's customers by a segmentation, kept by the session (the last one). */
export function groupingOf(
  s: Session,
  m: CustomerModel,
  segmentation: SegmentationId,
): Promise<Grouping> {
  return s.keep('grouping', `${m.key}|${segmentation}`, () => groupingFor(s, m, segmentation));
}
