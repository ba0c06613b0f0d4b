import { describeFamily } from './family-suite.ts';

describeFamily('lifecycle');
