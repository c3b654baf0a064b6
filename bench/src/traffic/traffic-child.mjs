// One `verify` of a traffic file in a process of its own, so peak RSS is this run's alone:
// node traffic-child.mjs <contract index.js> <spec> <har|ndjson> <file>
// Prints JSON: exchanges, violations, findings, wall and CPU time of the check and of the JSON report,
// RSS after loading the spec and peak RSS (process.resourceUsage().maxRSS).
import { pathToFileURL } from 'node:url';

const [contractIndex, spec, format, file] = process.argv.slice(2);
const contract = await import(pathToFileURL(/** @type {string} */ (contractIndex)).href);
const loaded = await contract.loadContract('kore-ai', spec);
const rssAfterLoad = process.memoryUsage().rss;
const cpu = process.cpuUsage();
const started = performance.now();
const report = format === 'har' ? await contract.verifyHar(loaded, file) : await contract.verifyNdjson(loaded, file);
const checkMs = performance.now() - started;
const checkCpu = process.cpuUsage(cpu);
const reportStarted = performance.now();
const json = contract.formatContractReport(report, 'json');
const reportMs = performance.now() - reportStarted;
process.stdout.write(
  JSON.stringify({
    exchanges: report.exchanges,
    violations: report.violations,
    findings: report.findings.length,
    checkMs,
    checkCpuMs: (checkCpu.user + checkCpu.system) / 1000,
    reportMs,
    reportBytes: json.length,
    rssAfterLoad,
    maxRss: process.resourceUsage().maxRSS * 1024,
  }),
);
