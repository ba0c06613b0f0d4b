import { describeFamily } from './family-suite';

describeFamily('lifecycle');
