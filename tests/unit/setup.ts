// The shared UI speaks with every screen's messages in the unit tests: src/main.ts registers the
// app's at start-up, each screen its own when it loads (features/screens.ts).
import { registerMessages } from '../../src/ui/i18n/index.ts';
import { BUNDLES } from '../../src/messages/all.ts';

for (const bundle of Object.values(BUNDLES)) void registerMessages(bundle);
