// Child process for profiling: the contract check of a full Kore.ai page in a loop, profiling only the
// loop, the .cpuprofile written to $BENCH_PROFILE_OUT.
//   node profile-check.mjs <milliseconds> <warm-up calls>
import { writeFileSync } from 'node:fs';
import { cpuProfile } from '../profile.mjs';
import { exchangeOf, fullPage, loadContractModule, loadKoreContract } from './validation.mjs';

const [durationArg = '2000', warmupArg = '1000'] = process.argv.slice(2);
const contract = await loadKoreContract(await loadContractModule());
const exchange = exchangeOf(fullPage());
for (let call = 0; call < Number(warmupArg); call += 1) contract.check(exchange);
let calls = 0;
const profile = await cpuProfile(async () => {
  const until = performance.now() + Number(durationArg);
  while (performance.now() < until) {
    contract.check(exchange);
    calls += 1;
  }
});
const out = process.env['BENCH_PROFILE_OUT'];
if (!out) throw new Error('BENCH_PROFILE_OUT is not set');
writeFileSync(out, JSON.stringify(profile));
process.stdout.write(`${calls}\n`);
