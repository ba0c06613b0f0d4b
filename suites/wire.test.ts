import { describeFamily } from './family-suite.ts';

// Raw HTTP against the target (signed with SigV4 unless the case is about signing); see spec rules wire.*.
describeFamily('wire');
