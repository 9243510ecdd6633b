// Preloaded into a Node process (node --require) when GNU time is missing: reports peak memory on exit.
process.on('exit', () => {
  process.stderr.write(`\nMAXRSS=${process.resourceUsage().maxRSS}\n`);
});
