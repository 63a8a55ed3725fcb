module.exports = {
  ...require('../../jest.preset.js'),
  displayName: require('./project.json').name,
  rootDir: __dirname,
  // Each API suite starts real servers and child processes: keep them from starving each other on 2 cores.
  maxWorkers: 2,
  testTimeout: 30_000,
};
