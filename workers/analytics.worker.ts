import { expose } from 'comlink';
import { api } from './analytics.api.ts';

expose(api);
