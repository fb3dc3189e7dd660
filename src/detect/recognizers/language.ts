import type { Recognizer } from '../types.js';
import { enAddressRecognizer } from './address-en.js';
import { zhAddressRecognizer } from './address-zh.js';
import { credentialPairRecognizer } from './credential-pair.js';
import { passwordRecognizer } from './password.js';
import { enPersonRecognizer } from './person-en.js';
import { zhPersonRecognizer } from './person-zh.js';
import { tableColumnsRecognizer } from './table-columns.js';
import { usernameRecognizer } from './username.js';

/** Names, addresses and credentials: recognised from language, context, gazetteers and table headers. */
export const LANGUAGE_RECOGNIZERS: readonly Recognizer[] = [
  zhPersonRecognizer,
  enPersonRecognizer,
  zhAddressRecognizer,
  enAddressRecognizer,
  usernameRecognizer,
  passwordRecognizer,
  credentialPairRecognizer,
  tableColumnsRecognizer,
];
