/** Where the caller's policy applies: what the resource ARN's {partition}, {region} and {account} stand for. */
export interface ArnContext {
  partition: string;
  region: string;
  account: string;
}
