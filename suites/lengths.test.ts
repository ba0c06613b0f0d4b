import { describeFamily } from './family-suite';

describeFamily('lengths');
