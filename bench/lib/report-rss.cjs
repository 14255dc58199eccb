// Preloaded with --require when GNU time is missing: writes this node process's peak RSS (KiB).
const { writeFileSync } = require('node:fs');
process.on('exit', () => {
  const file = process.env.STAGEFLOW_BENCH_RSS_FILE;
  if (file) writeFileSync(file, `${process.resourceUsage().maxRSS}\n`);
});
