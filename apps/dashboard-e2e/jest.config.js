module.exports = {
  ...require('../../jest.preset.js'),
  displayName: require('./project.json').name,
  rootDir: __dirname,
  // One browser and one API process at a time: the machine has two cores.
  maxWorkers: 1,
  testTimeout: 60_000,
};
