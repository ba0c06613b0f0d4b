import { describeFamily } from './family-suite.ts';

describeFamily('resources');
