/**
 * The module worker of tests/bench/fit.browser.ts: draws the seeded synthetic summary
 * (tests/bench/synthetic-summary.ts) of the size asked, then, on 'fit', times the fits it is
 * told to run (the same core functions the analytics worker calls) and answers with the
 * wall-clock milliseconds of each.
 */
import { fitBgNbd, fitGammaGamma, type CustomerSummary } from '../../src/core/models/index.ts';
import { syntheticSummary } from './synthetic-summary.ts';

type Model = 'bgnbd' | 'gammaGamma';

let summary: CustomerSummary | null = null;

self.onmessage = (event: MessageEvent<{ size: number } | { fit: Model[] }>) => {
  const message = event.data;
  if ('size' in message) {
    summary = syntheticSummary(message.size);
    self.postMessage({ ready: true });
    return;
  }
  const ms: Partial<Record<Model, number>> = {};
  const converged: boolean[] = [];
  for (const model of message.fit) {
    const t0 = performance.now();
    const fit = model === 'bgnbd' ? fitBgNbd(summary!) : fitGammaGamma(summary!);
    ms[model] = performance.now() - t0;
    converged.push(fit.converged);
  }
  self.postMessage({ ms, converged });
};
