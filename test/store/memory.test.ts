import { memoryIssueStore } from '../../src/testing/index.js';
import { issueStoreContract } from './contract.js';

issueStoreContract('memoryIssueStore (the testing kit)', async () => memoryIssueStore(), false);
