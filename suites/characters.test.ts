import { describeFamily } from './family-suite';

describeFamily('characters');
