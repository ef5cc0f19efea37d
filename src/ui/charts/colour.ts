/** The heat maps' one colour ramp (cohorts, P(alive), RFM cells, stage flow). */
import { scaleLinear } from 'd3-scale';

/** Pale at 0, the accent at `max`; values beyond are clamped. */
export function heatColour(max: number) {
  return scaleLinear<string>().domain([0, max]).range(['#f3f7f7', '#1f4e5f']).clamp(true);
}
