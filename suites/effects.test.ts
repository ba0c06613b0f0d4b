import { describeFamily } from './family-suite';

describeFamily('effects');
