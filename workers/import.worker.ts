import { expose } from 'comlink';
import { api } from './import.api.ts';

expose(api);
