// Writes each project's pass/fail counts to tmp/test-results, so `npm test` can print one total line
// (and Nx restores the file from cache along with the test output).
const { mkdirSync, writeFileSync } = require('node:fs');
const { join, relative } = require('node:path');

const root = join(__dirname, '../..');

class SummaryReporter {
  constructor(globalConfig) {
    this.dir = join(root, 'tmp', 'test-results', relative(root, globalConfig.rootDir));
  }

  onRunComplete(_, results) {
    mkdirSync(this.dir, { recursive: true });
    const summary = { passed: results.numPassedTests, failed: results.numFailedTests + results.numRuntimeErrorTestSuites };
    writeFileSync(join(this.dir, 'summary.json'), JSON.stringify(summary));
  }
}

module.exports = SummaryReporter;
