/**
 * What the lifecycle board tells about its lanes: customers found by text, a lane's ideal
 * profile and a customer's gaps against it, and the lanes as segments for the simulator.
 */
import { hasProduct, idealProfile, laneName, missingProducts } from '../../src/core/index.ts';
import { finiteMean, membersOf } from './board.ts';
import { openBoard as board } from './board-load.ts';
import type { LaneProfile, LaneSegment } from './protocol/index.ts';

export const lifecycleLanes = {
  /** Customers whose id or name contains the text (case-insensitive), first `limit`. */
  async findCustomers(datasetId: string, text: string, limit = 20): Promise<number[]> {
    const { cards } = await board(datasetId);
    const needle = text.trim().toLowerCase();
    if (!needle) return [];
    const found: number[] = [];
    for (let c = 0; c < cards.ids.length && found.length < limit; c++) {
      if (
        cards.ids[c]!.toLowerCase().includes(needle) ||
        cards.names[c]?.toLowerCase().includes(needle)
      ) {
        found.push(c);
      }
    }
    return found;
  },

  /** A lane's ideal profile and, per product, how many of the lane lack it. */
  async profileLane(datasetId: string, laneId: string): Promise<LaneProfile> {
    const b = await board(datasetId);
    const lane = b.config.lanes.findIndex((l) => l.id === laneId);
    if (lane < 0 || !b.products) return { lane: laneId, products: [] };
    const members = membersOf(b, lane);
    const value = b.cards.hasClv ? b.cards.clv : b.cards.revenue;
    const profile = idealProfile(b.products, members, value);
    return {
      lane: laneId,
      products: profile.map((p) => ({
        product: p.product,
        name: b.cards.products[p.product] ?? '',
        share: p.share,
        missing: members.filter((c) => !hasProduct(b.products!, c, p.product)).length,
      })),
    };
  },

  /** The profile products of the customer's lane that the customer has not bought. */
  async findCustomerGaps(datasetId: string, customer: number): Promise<string[]> {
    const b = await board(datasetId);
    const lane = b.placed.lanes[customer];
    if (lane === undefined || lane >= b.config.lanes.length || !b.products) return [];
    const value = b.cards.hasClv ? b.cards.clv : b.cards.revenue;
    const profile = idealProfile(b.products, membersOf(b, lane), value);
    return missingProducts(b.products, customer, profile).map((p) => b.cards.products[p] ?? '');
  },

  /** The lanes as segments for the retention simulator (overrides included). */
  async summariseLanes(datasetId: string): Promise<LaneSegment[]> {
    const b = await board(datasetId);
    const pNo = new Float64Array(b.cards.ids.length).fill(NaN);
    if (b.model) {
      const m = b.model;
      m.summary.customer.forEach((c, row) => (pNo[c] = m.predictions.pNoPurchase[row]!));
    }
    return b.config.lanes.map((lane, i) => {
      const members = membersOf(b, i);
      return {
        id: lane.id,
        name: laneName(lane),
        customers: members.length,
        meanClv: finiteMean(members, b.cards.clv),
        pChurn: finiteMean(members, pNo),
      };
    });
  },
};
