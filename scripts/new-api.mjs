#!/usr/bin/env node
// Scaffolds a new API: its spec skeleton and README, its client package, its redocly.yaml entry, and its place
// in packages/publish-check (consumer script, size budget, devDependency). Everything is validated first; a
// refused run writes nothing. See CONTRIBUTING.md for what comes next.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findRepoRoot } from '@group-apis/spec';
import { USAGE, UsageError, parseNewApiArgs } from './new-api/args.mjs';
import { RefusedError, planNewApi } from './new-api/plan.mjs';
import { consumerClientPathOf } from './new-api/publish-check.mjs';
import { writePlan } from './new-api/write.mjs';

// The repository this script belongs to (a copy of it in the scripts' own tests).
const repoRoot = findRepoRoot(dirname(fileURLToPath(import.meta.url)));

function nextSteps(api) {
  const steps = [
    `npm install   (links ${api.packageName} into the workspace, for the package and for packages/publish-check, and records it in package-lock.json)`,
    `Write specs/${api.name}/openapi.yaml from the vendor page: replace every TODO (lint refuses them) and the /todo operation.`,
    `Record sources, choices, inferences and repairs in specs/${api.name}/README.md.`,
    `npx turbo run test --filter=${api.packageName}   (lint, generate, build, typecheck, conformance)`,
    `Point ${consumerClientPathOf(api.name)} at a real GET operation of the spec (it calls /todo, which the spec no longer has).`,
    'npx turbo run test --filter=@group-apis/publish-check   (publint, attw, size budget, consumer test); then set the budget in packages/publish-check/size-budgets.json to about 250 B above the size it prints',
    'npx changeset   (a new package is a minor release)',
  ];
  if (!api.baseUrlGiven) steps.splice(1, 0, `No --base-url: set the server URL in the spec and DEFAULT_BASE_URL in packages/${api.name}/src/index.ts.`);
  return steps.map((step, index) => `  ${index + 1}. ${step}`).join('\n');
}

try {
  const args = parseNewApiArgs(process.argv.slice(2));
  if (args.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const plan = planNewApi(repoRoot, args);
  writePlan(repoRoot, plan);
  console.log(`Created ${plan.api.title} (${plan.api.packageName}):`);
  for (const path of plan.files.keys()) console.log(`  ${path}`);
  for (const [path, { change }] of plan.edits) console.log(`  ${path}: ${change}`);
  console.log(`\nNext:\n${nextSteps(plan.api)}\nGuide: CONTRIBUTING.md`);
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`new-api: ${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (error instanceof RefusedError) {
    console.error(`new-api: ${error.message}\nNothing was written.`);
    process.exit(1);
  }
  throw error;
}
