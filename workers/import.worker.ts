import { expose } from 'comlink';
import { keepErrorCodes } from './error-transfer.ts';
import { api } from './import.api.ts';

keepErrorCodes();
expose(api);
