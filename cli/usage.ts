/** The --help text; keep it true to what parse-run-args accepts. */
export const USAGE = `swf-conformance: contract tests and fuzzing for Amazon SWF StartWorkflowExecution

Usage:
  swf-conformance run --target mock|moto|endpoint|aws [options]
  swf-conformance record --target T --out FILE [--seed S] [--runs N] [--family F]...
  swf-conformance compare --a T (--b T | --recording FILE) [--seed S] [--runs N] [--family F]... [--out DIR]
  swf-conformance replay REPORT DIVERGENCE-ID [--target T] [--endpoint URL] [--mock-quirk Q]...
  swf-conformance report merge DIR... [--out DIR]
  swf-conformance report diff OLD NEW [--out FILE]
  swf-conformance import FILE... --out RECORDING [--spec FILE]
  swf-conformance parity RECORDING --target mock|moto|endpoint [--endpoint URL] [--region R] [--name N]
                  [--mock-quirk Q]... [--out DIR] [--quiet]
  swf-conformance --help | --version     (or --help after any command)

Commands:
  run             Generate cases from the spec, run them on a target, write report.json and report.md.
  record          Run the cases on a target and store every answer, normalized (runIds, request ids and timestamps
                  replaced by placeholders), so that two recordings of the same behaviour are equal.
  compare         Differential mode, independent of the oracle: the same seeded cases on two live targets, or on one
                  target and a recording (its seed, runs and families are used). Lists every case where outcome,
                  HTTP status, error code or effects differ (messages apart, as soft differences) in DIR/compare.json
                  and compare.md (default reports/compare). A target may be given as a URL (an endpoint).
                  Exit 0: no difference; 1: differences.
  replay          Runs one divergence of a saved report again on a fresh target (the report's own, or --target),
                  health check included; an id the report folded away (it lists 3 of each rule and kind) is
                  looked up in the results.jsonl beside it; access and limits cases come from the policy and quota
                  the report keeps. Exit 1: reproduced; 0: it no longer diverges. Every
                  divergence in a report also carries a curl (SigV4) and a TypeScript reproduction of its request.
  report merge    Merges the reports in the given folders (or report.json files): the shards of a run (--shard) into
                  the report the whole run would have written, timings, runIds and call counts apart; reports of several targets
                  into one folder each. Writes to --out (default reports/merged). Exit 1 when a merged report has
                  divergences (new ones, with a baseline), like run; 2 when shards are missing, repeated or of
                  different runs.
  report diff     Compares two reports (folders or report.json files), a release's with the one before, say: the
                  divergences (by target, rule and kind) that appeared, disappeared, or changed in count or form,
                  counted with their repeats. --out FILE also writes the diff as markdown. Exit 1 when any appeared
                  or changed; 0 otherwise.
  import          Reads SWF calls made by any client into one recording (swf-conformance-interactions/1), in the
                  order given: vcrpy YAML or JSON cassettes (boto2's long X-Amz-Target or the SDKs' short one;
                  Python tags such as !!python/unicode and !!binary), HAR 1.2 files, the harness's own recordings
                  (each case's preparation, regenerated from rule, seed and path, and its start; wire cases and
                  time-outs skipped; --spec regenerates them) and earlier imports. Calls without an SWF
                  X-Amz-Target are skipped and counted. Only X-Amz-Target, Content-Type and the time are kept of
                  the headers; task tokens become <taskToken:n> and the harness's runIds <runId:c.n>, the same
                  value the same placeholder throughout; credentials, signatures and security tokens are masked.
                  Prints per file its kind, interactions kept and entries skipped. Exit 2 when a file is missing,
                  unreadable, of no known kind or holds no SWF call, or --out cannot be written (nothing written).
  parity          Replays an imported recording's requests in order on a target emptied first (not aws), with the
                  domains and workflow types its answers show registered before, runIds and task tokens mapped, each
                  request sent as recorded (X-Amz-Target form, Content-Type) and signed for the target. Lists every
                  answer that differs from the recorded one (status, error type, message, media type, members
                  missing or extra, values; timestamps by type only), grouped by operation and difference, in
                  DIR/report.md, report.json, report.html and junit.xml (default reports/parity). Members that rest
                  on calls the recording lacks (a worker in another process, time passing) are left out, with the
                  reason. Exit 0: no difference; 1: differences; 2: bad input.

Targets:
  mock            In-process SWF behind MSW (the real @aws-sdk/client-swf, intercepted). Needs nothing.
  moto            Starts its own moto server on a free 127.0.0.1 port, and stops it at the end.
                  Needs moto: pip install "moto[server]". The server dies with the run, even with a kill -9 of it.
  endpoint        An emulator that is already up (LocalStack, moto elsewhere): --endpoint URL. Never started or
                  stopped; emptied between runs through moto's reset API when it offers one.
  aws             The real service, default credential chain and region (--region, --profile). Refused unless both
                  --aws-domain NAME and --allow-aws are given. Touches only that domain (registers it if missing);
                  registers types under a run-specific version swfc-*, terminates every execution it started and
                  deprecates (and deletes, where possible) every type it registered, at the end, on failure and on
                  Ctrl-C, and cleans up a killed run's leftovers first. At most --aws-rate calls per second (default 5);
                  ThrottlingException is retried on set-up and clean-up only; a throttled case is inconclusive.
                  Rules that need a second or a deprecated domain are not run there.

Options for run:
  --target NAME   One of the targets above.
  --runs N        Cases per rule (the valid space gets 4x, a lifecycle rule a third). Default 25, at most 10000.
  --seed S        fast-check seed (integer, -2147483648 to 2147483647). Default: random; the report records it for replay.
  --out DIR       Folder for report.json, report.md, report.html, junit.xml, summary.md and results.jsonl (one
                  line per case). Default reports/out. An earlier run's files there are replaced only once this run
                  writes its report: until then its lines go to results.jsonl.partial (kept if the run is killed),
                  and a run that fails leaves the earlier files as they were. Refused (exit 2) if it cannot be written.
  --family F      Run only this rule family; repeatable. Families: required-members, lengths, tag-list,
                  characters, value-formats, defaults, resources, workflow-id-reuse, effects, wire, validation-order,
                  access (needs --policy), limits (needs --open-execution-quota), lifecycle; without those two
                  flags their rules are listed as not run, with the reason.
                  lifecycle: what a started execution does over time: its first decision task (scheduled, counted,
                  polled, by priority), execution and decision time-outs, listings and counts by tag, type and
                  workflowId, child policies on termination and time-out, and Lambda without a role. Cases wait on
                  real timers side by side after the other families (before them on every other --moto-servers
                  server; a few seconds); a third of --runs each.
                  wire: raw HTTP bypassing the SDK (wrong JSON types, null and unknown members, duplicated keys,
                  bad X-Amz-Target or Content-Type, malformed, empty, oversized or non-UTF-8 bodies, missing or
                  bad signatures); each must get a 4xx (or, where the spec allows, a success) and leave the target
                  healthy; a 5xx or a dropped connection is a server-error divergence, a hang (--call-timeout) a timeout.
                  validation-order: requests that break two rules at once; either rule's error conforms, and the
                  report's coverage says which error the target gave ("answered with"); compare shows where
                  two targets, or a target and a recording, answer in a different order.
  --policy FILE   An IAM policy document the caller of StartWorkflowExecution carries. Every case's own request
                  is sent as that caller and judged by the policy too (a refusal is OperationNotPermittedFault);
                  family access generates starts around each of its conditions (tag keys by position, the task
                  list, the type name and version, the domain ARN). Where the spec does not know how SWF reads a
                  key (a task list taken from the type's default: UNKNOWN) either answer is accepted. The spec's
                  keys and the String(Not)Equals/Like operators (IfExists, ForAllValues:, ForAnyValue:) only: any
                  other key, operator or element is refused (exit 2). How the caller gets the policy: mock, given
                  to it; moto and endpoint, an IAM user swf-conformance-caller made through the emulator's IAM API
                  (whether it enforces it is what the run finds); aws, the role of --aws-role-arn. ARNs are
                  judged in the role's account on aws, elsewhere in --account ID (default 123456789012, moto's
                  and the mock's; LocalStack's is 000000000000), or write * for the account in the policy.
  --open-execution-quota N
                  The target's quota of open executions per domain (the mock's is set to it; AWS's 100,000 is
                  not reachable; at most 100000). Family limits opens N executions in a domain, then expects
                  LimitExceededFault.
  --endpoint URL  With --target endpoint: where the emulator listens.
  --region R      Region for the SDK client. Default us-east-1 (aws: AWS_REGION, else us-east-1).
  --aws-domain D, --allow-aws, --aws-rate N, --profile P
                  For --target aws, as above. --aws-endpoint URL points it at a stand-in (mock or moto) for testing.
  --aws-role-arn ARN
                  For --target aws: the role that carries --policy. The harness assumes it (STS AssumeRole from
                  your credentials) for the case requests only; fixtures, read-backs and clean-up use your own.
  --name NAME     The target's name in reports and baselines (default: mock, moto or endpoint).
  --baseline FILE Known divergences (rule, kind, target, reason, optional expires). Exit 0 when every divergence
                  is baselined; new ones and expired entries exit 1; stale entries are listed.
  --update-baseline  Rewrite FILE to the divergences found (reasons of kept entries are kept).
  --evidence FILE A recording of the real service (record --target aws, or an import of its traffic): rules it
                  covers are marked observed there, and where it
                  contradicts the spec, the report says the spec is wrong for that rule instead of blaming the target.
  --spec FILE     Use another spec file (checked against spec/spec.schema.json). Default: the bundled one.
  --mock-quirk Q  Break the mock on purpose (repeatable), to see a divergence reported; see targets/mock/quirks.ts.
  --stateful N    Also run N (at most 10000) stateful sequences (Start, Terminate, Describe, deprecations, Poll,
                  Complete, StartChild, WaitPastTimeout) against the oracle's model; a failure is the shortest
                  sequence fast-check finds, and exits 1.
  --shard I/N     Run part I of N: case i of every rule runs in part (i mod N) + 1, with the paths of the whole run,
                  so the parts cover exactly its cases; merge them with report merge. Stateful sequences run in part 1.
  --call-timeout MS
                  How long one call (SDK or raw) may go unanswered; past it the case is a timeout divergence and
                  the run goes on. Default 10000, at most 600000.
  --concurrency N Cases in flight at once (default 1, at most 64). Only cases with no preparation steps run side by side;
                  cases that set up state first run alone. A batch that leaves the target broken runs again one by
                  one after a reset, so the findings are those of a sequential run.
  --moto-servers N
                  With --target moto: managed moto servers the cases are spread over, side by side (default the
                  number of cores, at most 8 by default; 1 to 32). Each takes every N-th case of every rule with its
                  own world; the findings are those of a run on one server. Every other server runs the lifecycle
                  family first. Stateful sequences run on the first.
  --lifecycle-margin S
                  How long past a lifecycle case's time-out (or, for one that checks that nothing happens, the
                  family's longest task time-out) the run waits for what must follow, in seconds (0 to 3600).
                  Default 2; on aws 60, since the real service's timers are not exact to the second. What has
                  not happened by then is a divergence of its rule.
  --shrink        Shrink the first divergence of each rule and kind on the target, keeping it on its rule and kind.
  --quiet         No progress and no summary table. Progress goes to stderr: on a terminal one status line
                  (cases done of the total, divergences so far, the current family and rule); with CI=true or
                  no terminal, one plain line a rule. The run ends with a table of rules, cases and divergences
                  per family.

Exit codes:
  0    no divergence (or only baselined ones)
  1    divergences found
  2    the run could not happen (bad flag, unknown target, unreachable target or missing moto, invalid spec, policy, baseline or recording)
  130  interrupted by SIGINT (Ctrl-C): the case in flight ends, what the run started is cleaned up, and run writes
       the partial report, marked "interrupted" (record and compare write nothing); a second Ctrl-C exits at once
  143  interrupted by SIGTERM: the same; also when what started it is gone (a signal to npx never reaches the run)
`;
