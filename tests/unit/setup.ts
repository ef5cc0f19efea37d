// As src/main.ts does at start-up: the shared UI speaks with the app's message catalogs.
import { registerMessages } from '../../src/messages/index.ts';

registerMessages();
