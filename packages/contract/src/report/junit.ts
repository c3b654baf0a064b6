// The JUnit XML that CI systems (GitHub test reporters, GitLab, Jenkins) read as test results.

export interface JunitCase {
  classname: string;
  name: string;
  failure?: { message: string; text: string };
  error?: { message: string; text: string };
  skipped?: string;
}

export interface JunitSuite {
  name: string;
  cases: JunitCase[];
}

function escapeXml(text: string): string {
  return (
    text
      // Characters XML 1.0 cannot carry at all.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}

function caseXml(testCase: JunitCase): string {
  const open = `    <testcase classname="${escapeXml(testCase.classname)}" name="${escapeXml(testCase.name)}"`;
  const problem = testCase.failure ? ['failure', testCase.failure] as const : testCase.error ? ['error', testCase.error] as const : undefined;
  if (problem) {
    const [tag, { message, text }] = problem;
    return `${open}>\n      <${tag} message="${escapeXml(message)}">${escapeXml(text)}</${tag}>\n    </testcase>`;
  }
  if (testCase.skipped !== undefined) return `${open}>\n      <skipped message="${escapeXml(testCase.skipped)}"/>\n    </testcase>`;
  return `${open}/>`;
}

export function junitXml(suites: JunitSuite[]): string {
  const count = (cases: JunitCase[], pick: (testCase: JunitCase) => unknown) => cases.filter(pick).length;
  const all = suites.flatMap((suite) => suite.cases);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="group-apis-contract" tests="${all.length}" failures="${count(all, (c) => c.failure)}" errors="${count(all, (c) => c.error)}" skipped="${count(all, (c) => c.skipped !== undefined)}">`,
  ];
  for (const suite of suites) {
    lines.push(
      `  <testsuite name="${escapeXml(suite.name)}" tests="${suite.cases.length}" failures="${count(suite.cases, (c) => c.failure)}" errors="${count(suite.cases, (c) => c.error)}" skipped="${count(suite.cases, (c) => c.skipped !== undefined)}">`,
    );
    lines.push(...suite.cases.map(caseXml));
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
}
