import { describeFamily } from './family-suite';

describeFamily('defaults');
