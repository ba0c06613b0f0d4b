/** Samples the heap in use while a job runs; the process's peak resident set comes from the kernel, which sees every byte. */
export async function withPeakMemory<T>(
  job: () => Promise<T>,
): Promise<{ value: T; peakRssMb: number; peakHeapMb: number }> {
  let heap = 0;
  const sample = () => {
    heap = Math.max(heap, process.memoryUsage().heapUsed);
  };
  const timer = setInterval(sample, 50);
  try {
    const value = await job();
    sample();
    // maxRSS is in kilobytes on Linux and macOS alike.
    return { value, peakRssMb: process.resourceUsage().maxRSS / 1024, peakHeapMb: heap / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}
